/**
 * KaTeX's stylesheet declares every font three times (woff2, woff, ttf), and the bundler inlines
 * the small ones as base64 data URIs: about 120 KB of render-blocking CSS, mostly fonts a page
 * never uses. This plugin keeps only the woff2 source of each KaTeX @font-face (all supported
 * browsers read woff2) and stops inlining fonts, so each font is a separate same-origin file
 * fetched only when a formula needs its glyphs.
 */
import type {Plugin} from '@docusaurus/types';

interface Decl {
  type: string;
  prop?: string;
  value?: string;
}
interface AtRule {
  name: string;
  walkDecls(cb: (decl: Decl & {value: string; prop: string}) => void): void;
}

/** PostCSS plugin: in KaTeX @font-face rules, keep only the woff2 entry of `src`. */
export function katexWoff2Only() {
  return {
    postcssPlugin: 'katex-woff2-only',
    AtRule: {
      'font-face': (rule: AtRule) => {
        let family = '';
        rule.walkDecls((d) => {
          if (d.prop === 'font-family') family = d.value;
        });
        if (!/KaTeX_/.test(family)) return;
        rule.walkDecls((d) => {
          if (d.prop !== 'src') return;
          const woff2 = d.value.split(/,(?![^(]*\))/).find((part) => /format\(["']?woff2["']?\)/.test(part));
          if (woff2) d.value = woff2.trim();
        });
      },
    },
  };
}
katexWoff2Only.postcss = true;

interface LoaderUse {
  loader?: string;
  options?: {limit?: number};
}
interface Rule {
  test?: RegExp;
  use?: LoaderUse[];
  oneOf?: Rule[];
  rules?: Rule[];
}

export default function katexFontsPlugin(): Plugin {
  return {
    name: 'katex-fonts',
    configurePostCss(options) {
      options.plugins.push(katexWoff2Only);
      return options;
    },
    configureWebpack(config) {
      // Never inline fonts as data URIs (the default limit inlines files under 10 KB).
      const visit = (rules: unknown[] | undefined) => {
        for (const r of (rules ?? []) as Rule[]) {
          if (r.test instanceof RegExp && r.test.test('x.woff2')) {
            for (const u of r.use ?? []) if (u.options && 'limit' in u.options) u.options.limit = 0;
          }
          visit(r.oneOf);
          visit(r.rules);
        }
      };
      visit(config.module?.rules as unknown[]);
      return {};
    },
  };
}
