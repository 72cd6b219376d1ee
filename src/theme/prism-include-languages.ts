/**
 * No-op: code is highlighted at build time (src/lib/highlight.ts), so the browser loads no
 * Prism languages (replaces the theme's version, which would pull Prism's language index in).
 */
export default function prismIncludeLanguages(): void {}
