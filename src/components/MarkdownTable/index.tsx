/**
 * Markdown (GFM) tables in MDX pages. Like the spec-driven tables they scroll inside a
 * keyboard-focusable container (the page never scrolls sideways) and carry a <caption>, so a
 * screen reader announces what a table is about. Markdown has no caption syntax, so each table
 * is named after the heading it stands under (the caption is visually hidden: that heading is
 * right above it). This happens while rendering, so the captions are in the server-rendered
 * HTML, identical in both locales' structure. The same walk makes display math (which
 * scrolls sideways on narrow screens) keyboard-focusable.
 *
 * How: MDX renders a page as `<Layout><_createMdxContent/></Layout>`, where Layout is the MDX
 * `wrapper` component, or the page's own `export default` layout (see OperatorData's
 * dataLayout). Both call useCaptionedMdx(children), which renders the content component in
 * place (it only reads the MDX components from context: the same hooks on every render) and
 * walks the resulting elements in document order. Any other shape of children is returned
 * unchanged (the table then simply has no caption, which e2e/a11y.spec.ts reports).
 */
import React, {cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode} from 'react';
import {useMDXComponents} from '@mdx-js/react';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import {ScrollTable} from '../Anchored';

/** Plain text of React children (MDX heading children are strings, code and emphasis). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

export default function MarkdownTable({
  caption,
  children,
  className,
  ...rest
}: ComponentProps<'table'> & {caption?: string}): ReactNode {
  const table = (
    <table {...rest} className={clsx('markdown-table', className)}>
      {caption && <caption className="sr-only">{caption}</caption>}
      {children}
    </table>
  );
  return caption ? <ScrollTable label={caption}>{table}</ScrollTable> : table;
}

type AnyProps = {children?: ReactNode; caption?: string; className?: string};

/** Give every MarkdownTable in `node` the text of the last heading before it (document order). */
function withCaptions(node: ReactNode, isHeading: (type: unknown) => boolean, heading: {text: string}): ReactNode {
  if (Array.isArray(node)) {
    let changed = false;
    const out = node.map((child: ReactNode) => {
      const next = withCaptions(child, isHeading, heading);
      if (next !== child) changed = true;
      return next;
    });
    return changed ? out : node;
  }
  if (!isValidElement<AnyProps>(node)) return node;
  if (isHeading(node.type)) {
    heading.text = textOf(node.props.children).trim();
    return node;
  }
  if (node.type === MarkdownTable) {
    return heading.text ? cloneElement(node as ReactElement<AnyProps>, {caption: heading.text}) : node;
  }
  if (typeof node.props.className === 'string' && node.props.className.split(' ').includes('katex-display')) {
    // Display math scrolls sideways on narrow screens (custom.css): make it reachable from the
    // keyboard, as a named group. Its MathML is what screen readers read.
    return cloneElement(node as ReactElement<AnyProps & Record<string, unknown>>, {
      tabIndex: 0,
      role: 'group',
      'aria-label': translate({id: 'math.display.label', message: '公式'}),
    });
  }
  const children = node.props.children;
  if (children === undefined || typeof children === 'string') return node;
  const next = withCaptions(children, isHeading, heading);
  // Children are passed as arguments, as MDX's compiled JSX does (static children need no keys).
  return next === children ? node : cloneElement(node, undefined, ...(Array.isArray(next) ? next : [next]));
}

/** The MDX content of a layout's `children`, with its Markdown tables captioned. */
export function useCaptionedMdx(children: ReactNode): ReactNode {
  const components = useMDXComponents() as Record<string, unknown>;
  if (!isValidElement(children) || typeof children.type !== 'function') return children;
  const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
  const headingTypes = new Set<unknown>([...headings, ...headings.map((h) => components[h])]);
  const content = (children.type as (props: unknown) => ReactNode)(children.props);
  return withCaptions(content, (type) => headingTypes.has(type), {text: ''});
}

/** The default MDX `wrapper` (pages without their own layout). */
export function MDXWrapper({children}: {children?: ReactNode}): ReactNode {
  return <>{useCaptionedMdx(children)}</>;
}
