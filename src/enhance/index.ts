/**
 * Entry of document pages (every page but the interactive tools): the only script they load.
 * Bundled by the static-documents plugin (src/plugins/static-documents) with esbuild; the
 * search engine is a separate chunk loaded on first use. See README, "Documents without React".
 */
import {installChrome} from './chrome';
import {installConstraintFilters} from './constraintFilters';
import {installShared, markEnhanced} from './shared';
// The release selector (?cann=) installs itself on import; the tool pages load it as a client module.
import '../client/releaseSelector';

function start(): void {
  installShared();
  installConstraintFilters();
  installChrome();
  markEnhanced();
}

// A module script runs after the document is parsed; guard anyway for other loaders.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
else start();
