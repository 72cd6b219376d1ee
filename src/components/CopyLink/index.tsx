/**
 * "Copy link" and "copy as Markdown link" controls for an anchor target (rows and headings).
 * Copies the absolute URL with the fragment (never a query string) and confirms visually and
 * through a shared polite live region for screen readers.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {anchorUrl, markdownLink} from '@site/src/lib/links';
import {copyText} from '@site/src/lib/clipboard';
import styles from './styles.module.css';

/** One live region for the whole page, created on first use. */
function announce(message: string): void {
  let region = document.getElementById('copy-link-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'copy-link-status';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.className = 'sr-only';
    document.body.appendChild(region);
  }
  region.textContent = '';
  window.setTimeout(() => {
    region!.textContent = message;
  }, 50);
}

/** The page's title as readers see it (the h1), for Markdown link texts. */
function pageTitle(): string {
  return document.querySelector('article h1, main h1')?.textContent?.trim() ?? document.title;
}

type Kind = 'url' | 'markdown';

export default function CopyLink({id, label}: {id: string; label: string}): ReactNode {
  const [copied, setCopied] = useState<Kind | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async (kind: Kind) => {
    const url = anchorUrl(window.location.href, id);
    const text = kind === 'url' ? url : markdownLink(pageTitle(), label, url);
    const ok = await copyText(text);
    setCopied(ok ? kind : null);
    announce(
      ok
        ? kind === 'url'
          ? translate({id: 'copyLink.done', message: '已复制链接'})
          : translate({id: 'copyLink.doneMarkdown', message: '已复制 Markdown 链接'})
        : translate({id: 'copyLink.failed', message: '复制失败，请手动复制地址栏中的链接'}),
    );
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(null), 2000);
  };

  return (
    <span className={styles.tools}>
      <button
        type="button"
        className={styles.button}
        onClick={() => void copy('url')}
        aria-label={translate({id: 'copyLink.url', message: '复制链接：{label}'}, {label})}
        title={translate({id: 'copyLink.url.title', message: '复制本处的链接'})}>
        {copied === 'url' ? '✓' : <LinkIcon />}
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={() => void copy('markdown')}
        aria-label={translate({id: 'copyLink.markdown', message: 'MD：复制为 Markdown 链接：{label}'}, {label})}
        title={translate({id: 'copyLink.markdown.title', message: '复制为 Markdown 链接（用于 wiki）'})}>
        {copied === 'markdown' ? '✓' : 'MD'}
      </button>
    </span>
  );
}

function LinkIcon(): ReactNode {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.5 10.5 5.4 9.4l4-4 1.1 1.1-4 4Zm-2.1 3a2.9 2.9 0 0 1-2-5l2-2 1.1 1.1-2 2a1.4 1.4 0 0 0 2 2l2-2 1.1 1.1-2 2a2.9 2.9 0 0 1-2.2.8Zm6.6-4.4L9.9 8l2-2a1.4 1.4 0 0 0-2-2l-2 2L6.8 4.9l2-2a2.9 2.9 0 0 1 4.1 4.1l-2 2Z"
      />
    </svg>
  );
}
