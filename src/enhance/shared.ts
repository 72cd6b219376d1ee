/**
 * The behaviours of the site's own components, used by every page: document pages (through
 * src/enhance/index.ts) and the React pages — tool pages and the development server (through
 * the client module src/clientModules/enhance.ts). Each is a delegated listener over data
 * attributes of the markup the components render, so each behaviour exists once. (The
 * constraint filters, needed by one page, are installed by index.ts, and loaded on demand by
 * the client module.)
 */
import {installCopy} from './copy';
import {installFragmentHighlight} from './fragment';
import {installSearch} from './search';
import {installPageMarkdown} from './pageMarkdown';

let installed = false;

export function installShared(): void {
  if (installed) return;
  installed = true;
  installCopy();
  installSearch();
  installFragmentHighlight();
  installPageMarkdown();
}

/** The readiness signal the browser tests wait for (`html[data-enhanced="true"]`). */
export function markEnhanced(): void {
  document.documentElement.setAttribute('data-enhanced', 'true');
}
