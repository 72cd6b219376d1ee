/**
 * Highlight the element named by the URL fragment (`.is-fragment-target`). `:target` covers a
 * fresh page load; this also covers hash changes and client-side navigation on React pages.
 */
const ClassName = 'is-fragment-target';

export function highlightFragment(hash: string = window.location.hash): void {
  document.querySelectorAll(`.${ClassName}`).forEach((el) => el.classList.remove(ClassName));
  if (!hash || hash.length < 2) return;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return; // a malformed fragment simply highlights nothing
  }
  document.getElementById(id)?.classList.add(ClassName);
}

export function installFragmentHighlight(): void {
  window.addEventListener('hashchange', () => highlightFragment());
  highlightFragment();
}
