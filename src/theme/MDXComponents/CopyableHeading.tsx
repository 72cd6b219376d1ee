/**
 * h2–h4 with copy-link controls (issue: link sharing). The heading keeps its text as its
 * accessible name (aria-label), so screen readers do not read the buttons as part of it.
 */
import React, {type ComponentProps, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';
import {textOf} from '@site/src/components/MarkdownTable';

export {textOf};

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
