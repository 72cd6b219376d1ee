/**
 * Offline search box (replaces the theme's empty SearchBar). Static markup only: the behaviour
 * (engine and index loaded on first focus/keystroke, ARIA combobox with keyboard navigation,
 * results rendered as text, never as HTML) is src/enhance/search.ts, which finds the box by
 * `[data-search]` and reads the index URL, locale, base URL and class names from it.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

/** The id of the results list (one search box per page, in the navbar). */
const ListId = 'search-results';

export default function SearchBar(): ReactNode {
  const {
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const indexUrl = useBaseUrl('/search-index.json');
  const localeBase = useBaseUrl('/');
  const classes = {
    hidden: styles.hidden,
    option: styles.option,
    active: styles.active,
    link: styles.link,
    title: styles.title,
    page: styles.page,
    snippet: styles.snippet,
    empty: styles.empty,
  };
  return (
    <div
      className={styles.search}
      role="search"
      aria-label={translate({id: 'search.landmark', message: '站内搜索', description: 'name of the search landmark'})}
      data-search=""
      data-index={indexUrl}
      data-base={localeBase}
      data-locale={currentLocale}
      data-classes={JSON.stringify(classes)}>
      <input
        type="search"
        className={styles.input}
        placeholder={translate({id: 'search.placeholder', message: '搜索参数、约束、错误码…'})}
        aria-label={translate({id: 'search.label', message: '搜索文档'})}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={ListId}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
      />
      {/*
       * The panel scrolls when the results are taller than the screen; it is focusable (Tab
       * from the box, while open) so that it can be scrolled from the keyboard, too.
       */}
      <div
        className={clsx(styles.panel, styles.hidden)}
        role="region"
        aria-label={translate({id: 'search.panel', message: '搜索结果面板'})}
        tabIndex={-1}
        data-search-panel="">
        <ul
          id={ListId}
          role="listbox"
          className={styles.list}
          aria-label={translate({id: 'search.results', message: '搜索结果'})}
        />
      </div>
    </div>
  );
}
