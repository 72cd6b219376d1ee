/**
 * Stand-in for prism-react-renderer in the site bundles (aliased by src/plugins/no-prism): the
 * theme imports it in modules the site replaces or never renders, and highlighting happens at
 * build time. The exports mirror the names the theme imports so the bundle links.
 */
export const Prism = {languages: {} as Record<string, unknown>};
export const themes = {} as Record<string, {plain: Record<string, string>; styles: unknown[]}>;
export function Highlight(): never {
  throw new Error('prism-react-renderer is not bundled: code is highlighted at build time (src/lib/highlight.ts)');
}
export function normalizeTokens(): never {
  throw new Error('prism-react-renderer is not bundled');
}
