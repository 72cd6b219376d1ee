/**
 * Code block without a client-side highlighter (replaces the theme's Prism-based one).
 * Highlighting happens at build time: fenced MDX code arrives as `span.code-line` children
 * (src/plugins/rehype-prism.ts); components pass `lines` (tokens from src/lib/highlight.ts).
 * Keeps the theme's look (title bar, copy button, optional line numbers) and keyboard access.
 * The copy button is static markup; src/enhance/copy.ts copies (`button[data-copy="code"]`).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

import {decodeLines, type CodeToken, type CompactCode} from '@site/src/lib/codeTokens';

export interface CodeBlockProps {
  children?: ReactNode;
  className?: string;
  title?: string;
  /** Build-time highlighted code (takes precedence over children). */
  code?: CompactCode;
  showLineNumbers?: boolean;
  /**
   * Token text → URL: a token whose whole text is a key (e.g. a called function's name) becomes a
   * link, keeping its highlight class; the copied code is unchanged.
   */
  links?: Record<string, string>;
  /** Set by MDX from the fence meta string, e.g. `title="x.cpp" showLineNumbers`. */
  metastring?: string;
  language?: string;
}

function metaTitle(meta: string | undefined): string | undefined {
  return meta ? /title=(["'])(.*?)\1/.exec(meta)?.[2] : undefined;
}

function Lines({lines, links}: {lines: CodeToken[][]; links?: Record<string, string>}): ReactNode {
  return lines.map((line, i) => (
    <React.Fragment key={i}>
      <span className="code-line">
        {line.map(([cls, text], j) =>
          links && Object.hasOwn(links, text) ? (
            <a key={j} className={clsx(cls, 'code-link')} href={links[text]}>
              {text}
            </a>
          ) : cls ? (
            <span key={j} className={cls}>
              {text}
            </span>
          ) : (
            text
          ),
        )}
      </span>
      {i < lines.length - 1 && '\n'}
    </React.Fragment>
  ));
}

export default function CodeBlock({
  children,
  className,
  title,
  code,
  showLineNumbers,
  metastring,
  language,
  links,
}: CodeBlockProps): ReactNode {
  const lang = language ?? /language-([\w+-]+)/.exec(className ?? '')?.[1];
  const heading = title ?? metaTitle(metastring);
  const numbered = showLineNumbers ?? /\bshowLineNumbers\b/.test(metastring ?? '');
  return (
    <div className={clsx('theme-code-block', styles.block, lang && `language-${lang}`)}>
      {heading && <div className={styles.title}>{heading}</div>}
      <div className={styles.body}>
        <pre className={styles.pre} tabIndex={0}>
          <code className={clsx(lang && `language-${lang}`, numbered && styles.numbered)}>
            {code ? <Lines lines={decodeLines(code)} links={links} /> : children}
          </code>
        </pre>
        <button
          type="button"
          className={styles.copy}
          data-copy="code"
          aria-label={translate({id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'Copy code to clipboard'})}>
          {translate({id: 'theme.CodeBlock.copy', message: 'Copy'})}
        </button>
      </div>
    </div>
  );
}
