/**
 * Where the formats of a page live (README, "Formats: Markdown, llms.txt, PDF"). Pure: used by
 * the build plugin (src/plugins/markdown-export), the page control (src/components/PageFormats),
 * the PDF command (scripts/pdf.ts) and the checks.
 */

/**
 * The Markdown URL path of a page: `/operators/X` → `/operators/X.md`, `/en/operators/X` →
 * `/en/operators/X.md`; a locale's home (`/`, `/en/`, `/en`) → `/index.md`, `/en/index.md`.
 * @param pagePath The page's route path (no query or fragment).
 * @param baseUrl The locale's base URL (`/` or `/en/`).
 */
export function markdownPath(pagePath: string, baseUrl = '/'): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const clean = pagePath.replace(/[?#].*$/, '').replace(/\.html$/, '');
  if (clean === '' || clean === '/' || clean === base || `${clean}/` === base) return `${base}index.md`;
  return `${clean.replace(/\/+$/, '')}.md`;
}

/** The PDF of an operator page, at the site root for every locale: `/pdf/<name>.<locale>.pdf`. */
export function pdfPath(pagePath: string, locale: string, siteBaseUrl = '/'): string {
  const name =
    pagePath
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? '';
  return `${siteBaseUrl.endsWith('/') ? siteBaseUrl : `${siteBaseUrl}/`}pdf/${name}.${locale}.pdf`;
}

/** Pages that get a PDF: the operator pages (`…/operators/<apiName>`). */
export function hasPdf(pagePath: string): boolean {
  return /\/operators\/[^/]+\/?$/.test(pagePath.replace(/[?#].*$/, ''));
}
