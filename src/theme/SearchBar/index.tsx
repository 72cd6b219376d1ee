/**
 * Offline search box (replaces the theme's empty SearchBar). The engine and index load on
 * first focus/keystroke (code-split chunk + /search-index.json of the current locale), so
 * pages where the box is not used load neither. Results link to the row anchor when the
 * match is in a parameter/constraint/error row. ARIA combobox with keyboard navigation;
 * result text is rendered as text, never as HTML.
 */
import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

type Runtime = typeof import('./loadSearch');
type Result = import('./loadSearch').SearchResult;

let runtimePromise: Promise<Runtime> | null = null;
function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= import(/* webpackChunkName: "search-runtime" */ './loadSearch');
  return runtimePromise;
}

/** Snippet text with matched ranges in <mark>; every piece is rendered as text. */
function Highlighted({text, ranges}: {text: string; ranges: Array<[number, number]>}): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export default function SearchBar(): ReactNode {
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const indexUrl = useBaseUrl('/search-index.json');
  const localeBase = useBaseUrl('/');
  const history = useHistory();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Result[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');

  /** Index URLs are site paths of this locale; prefix the locale's base URL once. */
  const href = useCallback(
    (url: string) => (url.startsWith(localeBase) ? url : `${localeBase.replace(/\/$/, '')}${url}`),
    [localeBase],
  );

  const run = useCallback(
    async (q: string) => {
      if (q.trim() === '') {
        setResults([]);
        return;
      }
      try {
        setStatus((s) => (s === 'ready' ? s : 'loading'));
        const rt = await loadRuntime();
        const index = await rt.loadIndex(indexUrl);
        setStatus('ready');
        // Ignore answers to stale queries.
        if (inputRef.current && inputRef.current.value !== q) return;
        setResults(rt.search(index, q, currentLocale === 'en' ? 'en' : 'zh-Hans', 8));
        setActive(-1);
      } catch {
        setStatus('error');
        setResults([]);
      }
    },
    [indexUrl, currentLocale],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (r: Result) => {
    setOpen(false);
    setQuery('');
    setResults([]);
    inputRef.current?.blur();
    history.push(href(r.url));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (e.key === 'Enter') {
      const r = results[active >= 0 ? active : 0];
      if (r) {
        e.preventDefault();
        go(r);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const showList = open && query.trim() !== '';
  const optionId = (i: number) => `${listId}-opt-${i}`;

  // Arrow keys move the active option (aria-activedescendant): keep it in view in the panel.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-opt-${active}`)?.scrollIntoView({block: 'nearest'});
  }, [active, listId]);

  return (
    <div
      ref={boxRef}
      className={styles.search}
      role="search"
      aria-label={translate({id: 'search.landmark', message: '站内搜索', description: 'name of the search landmark'})}
      // The panel closes when focus leaves the search box and its (focusable, scrollable) panel.
      onBlur={(e) => {
        if (boxRef.current?.contains(e.relatedTarget as Node | null)) return;
        window.setTimeout(() => setOpen(false), 150);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.target !== inputRef.current) {
          setOpen(false);
          inputRef.current?.focus();
        }
      }}>
      <input
        ref={inputRef}
        type="search"
        className={styles.input}
        placeholder={translate({id: 'search.placeholder', message: '搜索参数、约束、错误码…'})}
        aria-label={translate({id: 'search.label', message: '搜索文档'})}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={query}
        onFocus={() => {
          setOpen(true);
          void loadRuntime();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          void run(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {/*
       * The panel scrolls when the results are taller than the screen; it is focusable (Tab
       * from the box) so that it can be scrolled from the keyboard, too.
       */}
      <div
        className={clsx(styles.panel, !showList && styles.hidden)}
        role="region"
        aria-label={translate({id: 'search.panel', message: '搜索结果面板'})}
        tabIndex={showList ? 0 : -1}>
        <ul
          id={listId}
          role="listbox"
          className={styles.list}
          aria-label={translate({id: 'search.results', message: '搜索结果'})}>
          {results.map((r, i) => (
            <li
              key={r.url}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={clsx(styles.option, i === active && styles.active)}
              onMouseDown={(e) => e.preventDefault()}
              // The option is the control (keyboard: the combobox; pointer: a click); an option
              // must not contain a link, so the target URL is carried as data for tools and tests.
              data-href={href(r.url)}
              onClick={() => go(r)}>
              <span className={styles.link}>
                <span className={styles.title}>{r.title}</span>
                <span className={styles.page}>{r.pageTitle}</span>
                {r.snippet && (
                  <span className={styles.snippet}>
                    <Highlighted text={r.snippet} ranges={r.highlights} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {showList && results.length === 0 && (
          <p className={styles.empty} role="status">
            {status === 'error'
              ? translate({id: 'search.error', message: '无法加载搜索索引。'})
              : status === 'ready'
                ? translate({id: 'search.none', message: '没有找到结果。'})
                : translate({id: 'search.loading', message: '正在加载…'})}
          </p>
        )}
      </div>
    </div>
  );
}
