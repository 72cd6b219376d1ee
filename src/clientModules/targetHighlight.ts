/**
 * Highlight the element named by the URL fragment. `:target` covers a fresh page load, but
 * client-side navigation (history.pushState) does not update `:target`, so the class is
 * applied on every route update as well.
 */
import type {ClientModule} from '@docusaurus/types';

const ClassName = 'is-fragment-target';

function highlight(hash: string): void {
  document.querySelectorAll(`.${ClassName}`).forEach((el) => el.classList.remove(ClassName));
  if (!hash || hash.length < 2) return;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return; // a malformed fragment simply highlights nothing
  }
  const el = document.getElementById(id);
  if (el) el.classList.add(ClassName);
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    highlight(location.hash);
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => highlight(window.location.hash));
}

export default module;
