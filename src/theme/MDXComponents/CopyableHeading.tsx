/**
 * h2–h4 with copy-link controls (issue: link sharing). The heading keeps its text as its
 * accessible name (aria-label), so screen readers do not read the buttons as part of it.
 */
import React, {isValidElement, type ComponentProps, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';

/** Plain text of React children (MDX heading children are strings, code and emphasis). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

type HeadingProps = ComponentProps<typeof Heading>;

export function copyableHeading(as: 'h2' | 'h3' | 'h4') {
  return function CopyableHeading({id, children, ...rest}: Omit<HeadingProps, 'as'>): ReactNode {
    if (!id) {
      return (
        <Heading as={as} {...rest}>
          {children}
        </Heading>
      );
    }
    const label = textOf(children).trim();
    return (
      <Heading as={as} id={id} aria-label={label || undefined} {...rest}>
        {children}
        <span className="heading-copy">
          <CopyLink id={id} label={label} />
        </span>
      </Heading>
    );
  };
}
