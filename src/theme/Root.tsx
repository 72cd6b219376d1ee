/**
 * Writes the UI strings the page behaviours need (src/enhance/strings.ts) once per page, as
 * JSON in a non-executed script element; they are translated at build time like every other
 * string. The JSON is escaped so it can never close the element.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {UiStrings} from '@site/src/enhance/strings';

function uiStrings(): UiStrings {
  return {
    linkCopied: translate({id: 'copyLink.done', message: '已复制链接'}),
    markdownCopied: translate({id: 'copyLink.doneMarkdown', message: '已复制 Markdown 链接'}),
    copyFailed: translate({id: 'copyLink.failed', message: '复制失败，请手动复制地址栏中的链接'}),
    codeCopied: translate({id: 'theme.CodeBlock.copied', message: 'Copied'}),
    colorModeLabel: translate({
      id: 'theme.colorToggle.ariaLabel',
      message: 'Switch between dark and light mode (currently {mode})',
    }),
    modeSystem: translate({id: 'theme.colorToggle.ariaLabel.mode.system', message: 'system mode'}),
    modeLight: translate({id: 'theme.colorToggle.ariaLabel.mode.light', message: 'light mode'}),
    modeDark: translate({id: 'theme.colorToggle.ariaLabel.mode.dark', message: 'dark mode'}),
    searchLoading: translate({id: 'search.loading', message: '正在加载…'}),
    searchNone: translate({id: 'search.none', message: '没有找到结果。'}),
    searchError: translate({id: 'search.error', message: '无法加载搜索索引。'}),
    backToMenu: translate({
      id: 'theme.navbar.mobileSidebarSecondaryMenu.backButtonLabel',
      message: '← Back to main menu',
    }),
    closeMenu: translate({id: 'theme.docs.sidebar.closeSidebarButtonAriaLabel', message: 'Close navigation bar'}),
  };
}

export default function Root({children}: {children: ReactNode}): ReactNode {
  const json = JSON.stringify(uiStrings()).replace(/</g, '\\u003c');
  return (
    <>
      <script type="application/json" id="ui-strings" dangerouslySetInnerHTML={{__html: json}} />
      {children}
    </>
  );
}
