/**
 * Minimal helpers to read our own built HTML. The SWC HTML minifier drops attribute quotes
 * where it can (`id=products`), so attribute values may be quoted or bare.
 */
import fs from 'node:fs';
import path from 'node:path';

const AttrRe = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * A start tag, quote-aware: attribute values may contain `>` (e.g. `aria-label="m > 64"`).
 * Groups: 1 name, 2 attribute text.
 */
export const StartTagRe =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** Attributes of one start tag's attribute text, e.g. ` class="a b" id=x`. */
export function parseAttrs(text) {
  const out = {};
  for (const m of text.matchAll(AttrRe)) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** Every start tag: {name, attrs}. The contents of scripts and styles are skipped, their tags are not. */
export function* startTags(html) {
  const body = html
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
  for (const m of body.matchAll(StartTagRe)) {
    yield {name: m[1].toLowerCase(), attrs: parseAttrs(m[2])};
  }
}

/** All element ids of a page. */
export function elementIds(html) {
  const ids = new Set();
  for (const t of startTags(html)) if (t.attrs.id) ids.add(t.attrs.id);
  return ids;
}

/** The built file of a URL path (`/x/y` → `x/y.html` or `x/y/index.html`), or null. */
export function builtFile(buildDir, urlPath) {
  const rel = urlPath.replace(/^\/+|\/+$/g, '');
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, path.join(rel, 'index.html')];
  for (const c of candidates) {
    const p = path.join(buildDir, c);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/** URL paths of every built page under a locale's build dir (404 excluded; other locales excluded). */
export function builtPages(buildDir, otherLocales = []) {
  const out = [];
  const walk = (dir, prefix) => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (prefix === '' && (e.name === 'assets' || otherLocales.includes(e.name))) continue;
        walk(p, `${prefix}/${e.name}`);
      } else if (e.name.endsWith('.html') && e.name !== '404.html') {
        const base = e.name === 'index.html' ? prefix || '/' : `${prefix}/${e.name.slice(0, -5)}`;
        out.push([base, p]);
      }
    }
  };
  walk(buildDir, '');
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** Locale sub-builds present in a build dir (e.g. `en` → build/en/). */
export function localeDirs(buildDir) {
  return fs
    .readdirSync(buildDir, {withFileTypes: true})
    .filter(
      (d) =>
        d.isDirectory() &&
        /^[a-z]{2}(-[A-Za-z]+)?$/.test(d.name) &&
        fs.existsSync(path.join(buildDir, d.name, '404.html')),
    )
    .map((d) => d.name);
}
