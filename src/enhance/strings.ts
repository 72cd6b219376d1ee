/**
 * UI strings the behaviours need at run time (confirmation messages, the colour-mode labels).
 * They are translated at build time and written once per page by src/theme/Root.tsx as
 * `<script type="application/json" id="ui-strings">`; missing or malformed data gives the
 * English fallback, never an exception.
 */
export interface UiStrings {
  linkCopied: string;
  markdownCopied: string;
  copyFailed: string;
  codeCopied: string;
  colorModeLabel: string;
  modeSystem: string;
  modeLight: string;
  modeDark: string;
  searchLoading: string;
  searchNone: string;
  searchError: string;
  backToMenu: string;
  closeMenu: string;
}

const Fallback: UiStrings = {
  linkCopied: 'Link copied',
  markdownCopied: 'Markdown link copied',
  copyFailed: 'Copy failed',
  codeCopied: 'Copied',
  colorModeLabel: 'Switch between dark and light mode (currently {mode})',
  modeSystem: 'system mode',
  modeLight: 'light mode',
  modeDark: 'dark mode',
  searchLoading: 'Loading…',
  searchNone: 'No results.',
  searchError: 'The search index could not be loaded.',
  backToMenu: '← Back to main menu',
  closeMenu: 'Close navigation bar',
};

let cached: UiStrings | undefined;

export function strings(): UiStrings {
  if (cached) return cached;
  let data: Partial<UiStrings> = {};
  try {
    const el = document.getElementById('ui-strings');
    const parsed: unknown = el ? JSON.parse(el.textContent ?? '{}') : {};
    if (parsed && typeof parsed === 'object') data = parsed as Partial<UiStrings>;
  } catch {
    data = {};
  }
  const out = {...Fallback};
  for (const k of Object.keys(Fallback) as (keyof UiStrings)[]) {
    if (typeof data[k] === 'string') out[k] = data[k];
  }
  cached = out;
  return out;
}
