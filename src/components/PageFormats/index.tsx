/**
 * The page's other formats, next to its title (README, "Formats: Markdown, llms.txt, PDF"):
 * a button that copies the page as Markdown (it fetches the page's `.md`), a plain link to the
 * `.md`, and on operator pages a link to the PDF. Static markup only: the behaviour is
 * src/enhance/pageMarkdown.ts (`button[data-copy-page]`), which every page loads. The PDF link
 * is written `hidden`: `npm run pdf` writes the PDFs and then shows the link on the pages whose
 * PDF exists, so a site built without that step never links to a missing file. Plain `<a>`
 * elements: these are files, not routes, so they are not in the broken-link check.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {hasPdf, markdownPath, pdfPath} from '@site/src/lib/markdown/paths';

/** In a doc page (DocItem), the doc's permalink. */
function DocFormats(): ReactNode {
  return <PageFormats permalink={useDoc().metadata.permalink} />;
}

/**
 * The control for a page. `permalink` is the page's route path; without it, the current doc's
 * (the component must then be rendered inside a doc page).
 */
export default function PageFormats({permalink}: {permalink?: string}): ReactNode {
  return permalink === undefined ? <DocFormats /> : <Formats permalink={permalink} />;
}

function Formats({permalink}: {permalink: string}): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  // siteConfig.baseUrl is the locale's (`/en/` in the English build); the PDFs are at the site root.
  const localeBase = siteConfig.baseUrl;
  const siteRoot =
    i18n.currentLocale !== i18n.defaultLocale && localeBase.endsWith(`/${i18n.currentLocale}/`)
      ? localeBase.slice(0, -(i18n.currentLocale.length + 1))
      : localeBase;
  const md = markdownPath(permalink, localeBase);
  const pdf = hasPdf(permalink) ? pdfPath(permalink, i18n.currentLocale, siteRoot) : null;
  return (
    <div className="page-formats" data-page-formats="">
      <button
        type="button"
        className="page-formats__copy"
        data-copy-page={md}
        data-done={translate({id: 'pageFormats.copied', message: '已复制本页的 Markdown'})}
        data-failed={translate({id: 'pageFormats.failed', message: '复制失败：请打开 Markdown 链接手动复制'})}
        data-busy={translate({id: 'pageFormats.busy', message: '正在复制…'})}>
        {translate({id: 'pageFormats.copy', message: '复制为 Markdown'})}
      </button>
      <a
        className="page-formats__link"
        href={md}
        type="text/markdown"
        data-page-format="md"
        title={translate({id: 'pageFormats.markdown.title', message: '本页的 Markdown 版本'})}>
        Markdown
      </a>
      {pdf && (
        <a
          className="page-formats__link"
          href={pdf}
          type="application/pdf"
          data-page-format="pdf"
          title={translate({id: 'pageFormats.pdf.title', message: '本页的 PDF 版本（离线阅读）'})}
          hidden>
          PDF
        </a>
      )}
      <span className="page-formats__status" role="status" aria-live="polite" data-copy-page-status="" />
    </div>
  );
}
