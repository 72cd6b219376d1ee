/**
 * Keeps the syntax highlighter out of the browser: prism-react-renderer (≈ 32 KiB gzip with
 * Prism's language index) is aliased to a stub in both bundles. Code is highlighted at build
 * time instead (src/plugins/rehype-prism.ts, src/lib/highlight.ts) and rendered by
 * src/theme/CodeBlock.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function noPrismPlugin(context: LoadContext): Plugin {
  return {
    name: 'no-prism',
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': path.join(context.siteDir, 'src/lib/prismStub.ts')}}};
    },
  };
}
