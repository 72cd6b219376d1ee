/**
 * On pages that run React (the tool pages, and every page under `npm start`), the site's own
 * behaviours come from the same modules document pages load without React (src/enhance/):
 * copy buttons, search box, fragment highlight, constraint filters. After each render of a
 * route, the fragment is highlighted again (client-side navigation does not update `:target`)
 * and new filter forms are initialised; then `html[data-enhanced="true"]` is set.
 */
import type {ClientModule} from '@docusaurus/types';
import {installShared, markEnhanced} from '../enhance/shared';
import {highlightFragment} from '../enhance/fragment';
import {initConstraintFilters} from '../enhance/constraintFilters';

if (typeof window !== 'undefined') installShared();

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    highlightFragment(location.hash);
    initConstraintFilters();
    markEnhanced();
  },
};

export default module;
