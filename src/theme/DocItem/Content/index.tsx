/**
 * Swizzled (ejected) from @docusaurus/theme-classic 3.10.2 `DocItem/Content` to put the page's
 * formats control (copy as Markdown, Markdown, PDF: src/components/PageFormats) next to its title.
 * Otherwise unchanged: the synthetic title is rendered unless the front matter hides it or the
 * Markdown has its own h1 (then the control comes first in the content).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import PageFormats from '@site/src/components/PageFormats';

function useSyntheticTitle(): string | null {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  if (!shouldRender) {
    return null;
  }
  return metadata.title;
}

export default function DocItemContent({children}: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle ? (
        <header className="page-title">
          <Heading as="h1">{syntheticTitle}</Heading>
          <PageFormats />
        </header>
      ) : (
        <PageFormats />
      )}
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
