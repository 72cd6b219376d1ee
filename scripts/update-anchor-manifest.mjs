#!/usr/bin/env node
/**
 * Append-only update of scripts/anchor-manifest.json from the default-locale build: adds the
 * public anchors (heading ids and anchored rows) of every page; never removes one. Removing a
 * public anchor is a breaking change for every wiki that links to it: if you must, edit the
 * manifest by hand and say why in the commit.
 * Usage: npm run build && node scripts/update-anchor-manifest.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const manifestPath = path.join(root, 'scripts/anchor-manifest.json');
const manifest = fs.existsSync(manifestPath)
  ? JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  : {pages: {}};

/** Public anchors of a built page: heading ids and anchored rows/blocks. */
export function publicAnchors(html) {
  const ids = [];
  for (const m of html.matchAll(/<(h[1-6]|tr|section)\b([^>]*)>/g)) {
    const attrs = m[2];
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    if (m[1].startsWith('h') || /anchored-row/.test(attrs)) ids.push(id);
  }
  return ids.filter((id) => !id.endsWith('-title') && id !== '__docusaurus_skipToContent_fallback');
}

function pages(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    if (!entry.isDirectory() || entry.name === 'assets' || /^[a-z]{2}$/.test(entry.name)) continue;
    const sub = path.join(dir, entry.name);
    const url = `${prefix}/${entry.name}`;
    if (fs.existsSync(path.join(sub, 'index.html'))) out.push([url, path.join(sub, 'index.html')]);
    out.push(...pages(sub, url));
  }
  return out;
}

let added = 0;
const all = [['/', path.join(buildDir, 'index.html')], ...pages(buildDir)];
for (const [url, file] of all) {
  const anchors = publicAnchors(fs.readFileSync(file, 'utf8'));
  if (anchors.length === 0) continue;
  const list = (manifest.pages[url] ??= []);
  for (const a of anchors) {
    if (!list.includes(a)) {
      list.push(a);
      added++;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)));
fs.writeFileSync(
  manifestPath,
  `${JSON.stringify({_comment: 'Public anchors per page. Append-only: generated additions by scripts/update-anchor-manifest.mjs; never remove an entry.', pages: sorted}, null, 2)}\n`,
);
console.log(`anchor manifest: ${added} anchor(s) added; ${Object.values(sorted).flat().length} in total over ${Object.keys(sorted).length} page(s).`);
