/**
 * The release selector's behaviour (README.md, "Versions"), framework-free: plain DOM, no React.
 * The markup is static (src/components/Versioned), the marking is CSS keyed on
 * `html[data-cann]` (src/css/releases.generated.css). This module:
 * - reads `?cann=<release>` and sets `document.documentElement.dataset.cann` and the select;
 * - on a `change` of a `[data-cann-selector] select` (one delegated listener), writes `?cann=`
 *   with history.replaceState, keeping the path, the other parameters and the fragment, and
 *   signals it with a `popstate` event so a hydrated router (language switch links) sees it;
 * - ignores an unknown `?cann=` value with a polite message in the selector's status line.
 * Registered as a Docusaurus client module (docusaurus.config.ts) and run on every route update.
 */
export const CannParam = 'cann';

/** The release ids a selector on the page offers (its option values, '' excluded). */
function knownReleases(select: HTMLSelectElement | null): string[] {
  if (!select) return [];
  return Array.from(select.options)
    .map((o) => o.value)
    .filter((v) => v !== '');
}

function selectors(): HTMLSelectElement[] {
  return Array.from(document.querySelectorAll<HTMLSelectElement>('[data-cann-selector] select'));
}

function setStatus(text: string): void {
  document.querySelectorAll<HTMLElement>('[data-cann-selector] [data-cann-status]').forEach((el) => {
    el.textContent = text;
  });
}

function isEnglish(): boolean {
  return document.documentElement.lang.toLowerCase().startsWith('en');
}

function short(text: string): string {
  const clean = text.replace(/[\u0000-\u001f]/g, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** Apply the release named by the URL (or none) to the page. Never throws. */
export function applyFromUrl(): void {
  try {
    const select = selectors()[0] ?? null;
    const raw = new URLSearchParams(window.location.search).get(CannParam);
    const known = knownReleases(select);
    if (raw === null || raw === '') {
      delete document.documentElement.dataset.cann;
      selectors().forEach((s) => (s.value = ''));
      setStatus('');
      return;
    }
    if (select && !known.includes(raw)) {
      delete document.documentElement.dataset.cann;
      selectors().forEach((s) => (s.value = ''));
      setStatus(
        isEnglish()
          ? `Unknown CANN release "${short(raw)}" in the link, ignored; choose one of ${known.join(', ')}.`
          : `链接中的 CANN 版本“${short(raw)}”未知，已忽略；可选：${known.join('、')}。`,
      );
      return;
    }
    if (!select) {
      // A page without a selector: keep the mark for pages that have one, claim nothing here.
      delete document.documentElement.dataset.cann;
      return;
    }
    document.documentElement.dataset.cann = raw;
    selectors().forEach((s) => (s.value = raw));
    const count = document.querySelectorAll(
      `[data-cann-out~="${CSS.escape(raw)}"], [data-cann-diff~="${CSS.escape(raw)}"], [data-cann-unknown~="${CSS.escape(raw)}"]`,
    ).length;
    setStatus(
      isEnglish()
        ? `CANN ${raw}: ${count} marked ${count === 1 ? 'entry does' : 'entries do'} not simply hold for this release.`
        : `CANN ${raw}：标出的 ${count} 个条目在该版本中不成立、有所不同或未确定。`,
    );
  } catch {
    // Bad input must never break the page.
  }
}

function onChange(event: Event): void {
  const target = event.target;
  if (!(target instanceof HTMLSelectElement) || !target.closest('[data-cann-selector]')) return;
  try {
    const url = new URL(window.location.href);
    if (target.value) url.searchParams.set(CannParam, target.value);
    else url.searchParams.delete(CannParam);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    // Let the router (when the page is hydrated) see the new query string, so links it renders
    // (the language switch, in-page links) keep it; Docusaurus does not scroll on a query change.
    window.dispatchEvent(new PopStateEvent('popstate', {state: window.history.state}));
  } catch {
    return;
  }
  applyFromUrl();
}

let installed = false;
function install(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('change', onChange);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', applyFromUrl);
  else applyFromUrl();
}

if (typeof window !== 'undefined') install();

/** Docusaurus client module hook: re-apply after every client-side navigation. */
export function onRouteDidUpdate(): void {
  applyFromUrl();
}
