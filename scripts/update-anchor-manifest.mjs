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
import {builtPages, localeDirs, startTags} from './html.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const manifestPath = path.join(root, 'scripts/anchor-manifest.json');
const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : {pages: {}};

/** Public anchors of a built page: heading ids and anchored rows/blocks. */
export function publicAnchors(html) {
  const ids = [];
  for (const t of startTags(html)) {
    const id = t.attrs.id;
    if (!id) continue;
    const heading = /^h[2-6]$/.test(t.name);
    const row = (t.attrs.class ?? '').split(/\s+/).includes('anchored-row');
    if ((heading || row) && !id.endsWith('-title')) ids.push(id);
  }
  return ids;
}

let added = 0;
for (const [url, file] of builtPages(buildDir, localeDirs(buildDir))) {
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
  `${JSON.stringify({_comment: 'Public anchors per page. Append-only: additions come from scripts/update-anchor-manifest.mjs; never remove an entry.', pages: sorted}, null, 2)}\n`,
);
console.log(
  `anchor manifest: ${added} anchor(s) added; ${Object.values(sorted).flat().length} in total over ${Object.keys(sorted).length} page(s).`,
);
