/**
 * "Copy link" and "copy as Markdown link" controls for an anchor target (rows and headings): two
 * 24 px icon buttons (a link, the Markdown mark) with a tooltip and an accessible name each.
 * Static markup only: the behaviour (copy the absolute URL with the fragment, never a query
 * string; confirm on the button and through a shared polite live region) is
 * src/enhance/copy.ts, which handles `[data-copy-link] button[data-copy]` on every page.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function CopyLink({id, label}: {id: string; label: string}): ReactNode {
  return (
    <span className={styles.tools} data-copy-link={id} data-label={label}>
      <button
        type="button"
        className={styles.button}
        data-copy="url"
        aria-label={translate({id: 'copyLink.url', message: '复制链接：{label}'}, {label})}
        title={translate({id: 'copyLink.url.title', message: '复制本处的链接'})}>
        <LinkIcon />
      </button>
      <button
        type="button"
        className={styles.button}
        data-copy="markdown"
        aria-label={translate({id: 'copyLink.markdown', message: '复制为 Markdown 链接：{label}'}, {label})}
        title={translate({id: 'copyLink.markdown.title', message: '复制为 Markdown 链接（用于 wiki）'})}>
        <MarkdownIcon />
      </button>
    </span>
  );
}

function LinkIcon(): ReactNode {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.5 10.5 5.4 9.4l4-4 1.1 1.1-4 4Zm-2.1 3a2.9 2.9 0 0 1-2-5l2-2 1.1 1.1-2 2a1.4 1.4 0 0 0 2 2l2-2 1.1 1.1-2 2a2.9 2.9 0 0 1-2.2.8Zm6.6-4.4L9.9 8l2-2a1.4 1.4 0 0 0-2-2l-2 2L6.8 4.9l2-2a2.9 2.9 0 0 1 4.1 4.1l-2 2Z"
      />
    </svg>
  );
}

/** The Markdown mark (CC0, github.com/dcurtis/markdown-mark): a framed "M↓". */
function MarkdownIcon(): ReactNode {
  return (
    <svg viewBox="0 0 208 128" width="20" height="13" aria-hidden="true" focusable="false">
      <rect width="193" height="113" x="7.5" y="7.5" rx="10" fill="none" stroke="currentColor" strokeWidth="15" />
      <path fill="currentColor" d="M30 98V30h20l20 25 20-25h20v68H90V59L70 84 50 59v39zm125 0-30-33h20V30h20v35h20z" />
    </svg>
  );
}
