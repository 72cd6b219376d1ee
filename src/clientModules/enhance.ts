/**
 * On pages that run React (the tool pages, and every page under `npm start`), the site's own
 * behaviours come from the same modules document pages load without React (src/enhance/):
 * copy buttons, search box, fragment highlight, constraint filters. After each render of a
 * route, the fragment is highlighted again (client-side navigation does not update `:target`)
 * and a page with constraint filters gets them (a chunk loaded only there); then
 * `html[data-enhanced="true"]` is set.
 */
import type {ClientModule} from '@docusaurus/types';
import {installShared, markEnhanced} from '../enhance/shared';
import {highlightFragment} from '../enhance/fragment';

if (typeof window !== 'undefined') installShared();

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    highlightFragment(location.hash);
    if (document.querySelector('form[data-constraint-filters]'))
      void import('../enhance/constraintFilters').then((m) => m.installConstraintFilters());
    markEnhanced();
  },
};

export default module;
