#!/usr/bin/env node
/**
 * Cross-locale checks of the built site (run after `npm run build`, which builds every locale):
 *  1. page parity: every zh-Hans page has an English page and vice versa;
 *  2. identical anchors: the set of element ids of each zh-Hans page equals that of its English page;
 *  3. no untranslated Chinese on English pages outside code, formulas and the allowlist
 *     (scripts/i18n-allowlist.json, each entry with its reason);
 *  4. `<html lang>` is right per locale and every page links its alternate with hreflang.
 * Prints a per-page table of anchor counts; exits 1 on any problem.
 * Usage: node scripts/i18n-check.mjs [buildDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtPages, elementIds, localeDirs, parseAttrs, startTags} from './html.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.resolve(process.argv[2] ?? path.join(root, 'build'));
const allowlist = JSON.parse(fs.readFileSync(path.join(root, 'scripts/i18n-allowlist.json'), 'utf8')).allowed;
const Cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const SecondLocale = 'en';

/** Elements whose content is not prose: code, formulas, scripts. */
function isExcluded(name, attrs) {
  if (['pre', 'code', 'script', 'style', 'math', 'svg', 'kbd', 'samp'].includes(name)) return true;
  return (attrs.class ?? '').split(/\s+/).some((c) => c === 'katex' || c === 'katex-display');
}

/** Visible prose text of a page: everything outside excluded elements, tags removed. */
export function proseText(html) {
  const out = [];
  const re =
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|([^<]+)|</g;
  let skip = null; // {name, depth}
  for (const m of html.matchAll(re)) {
    const [, closing, rawName, attrText, selfClosing, text] = m;
    if (rawName === undefined && text === undefined) {
      if (!skip) out.push('<'); // a lone "<" in text
      continue;
    }
    if (text !== undefined) {
      if (!skip) out.push(text);
      continue;
    }
    const name = rawName.toLowerCase();
    if (skip) {
      if (name === skip.name) skip.depth += closing ? -1 : selfClosing ? 0 : 1;
      if (skip.depth === 0) skip = null;
      continue;
    }
    if (!closing && !selfClosing) {
      if (isExcluded(name, parseAttrs(attrText))) skip = {name, depth: 1};
    }
  }
  return out
    .join(' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Chinese runs left in English prose after removing allowed texts. */
export function untranslated(html, allowed = allowlist) {
  let text = proseText(html);
  for (const a of allowed) text = text.split(a.text).join(' ');
  const runs = [];
  for (const m of text.matchAll(/[^\s]*[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+[^\s]*/g))
    runs.push(m[0]);
  return runs;
}

function htmlLang(html) {
  for (const t of startTags(html)) if (t.name === 'html') return t.attrs.lang;
  return undefined;
}

function hreflangs(html) {
  return [...startTags(html)]
    .filter((t) => t.name === 'link' && (t.attrs.rel ?? '') === 'alternate' && t.attrs.hreflang)
    .map((t) => t.attrs.hreflang);
}

export function run(dir) {
  const problems = [];
  const rows = [];
  if (!localeDirs(dir).includes(SecondLocale)) {
    return {problems: [`${dir}/${SecondLocale} was not built: build every locale (npm run build)`], rows};
  }
  const zh = new Map(builtPages(dir, [SecondLocale]));
  const en = new Map(builtPages(path.join(dir, SecondLocale)));
  for (const p of zh.keys()) if (!en.has(p)) problems.push(`${p}: no English page`);
  for (const p of en.keys()) if (!zh.has(p)) problems.push(`/en${p}: English page without a zh-Hans source`);
  for (const [page, zhFile] of zh) {
    const enFile = en.get(page);
    if (!enFile) continue;
    const zhHtml = fs.readFileSync(zhFile, 'utf8');
    const enHtml = fs.readFileSync(enFile, 'utf8');
    const a = elementIds(zhHtml);
    const b = elementIds(enHtml);
    const onlyZh = [...a].filter((x) => !b.has(x));
    const onlyEn = [...b].filter((x) => !a.has(x));
    if (onlyZh.length) problems.push(`${page}: ids only on the zh-Hans page: ${onlyZh.join(', ')}`);
    if (onlyEn.length) problems.push(`/en${page}: ids only on the English page: ${onlyEn.join(', ')}`);
    rows.push({page, zh: a.size, en: b.size, equal: onlyZh.length === 0 && onlyEn.length === 0});
    const left = untranslated(enHtml);
    if (left.length) problems.push(`/en${page}: untranslated Chinese: ${[...new Set(left)].slice(0, 8).join(' | ')}`);
    if (htmlLang(zhHtml) !== 'zh-Hans') problems.push(`${page}: <html lang="${htmlLang(zhHtml)}">, expected zh-Hans`);
    if (htmlLang(enHtml) !== 'en') problems.push(`/en${page}: <html lang="${htmlLang(enHtml)}">, expected en`);
    for (const [where, html] of [
      [page, zhHtml],
      [`/en${page}`, enHtml],
    ]) {
      const langs = hreflangs(html);
      for (const l of ['zh-Hans', 'en', 'x-default'])
        if (!langs.includes(l)) problems.push(`${where}: no hreflang="${l}" alternate`);
    }
  }
  const en404 = path.join(dir, SecondLocale, '404.html');
  const left404 = untranslated(fs.readFileSync(en404, 'utf8'));
  if (left404.length) problems.push(`/en/404: untranslated Chinese: ${[...new Set(left404)].slice(0, 8).join(' | ')}`);
  return {problems, rows};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!Cjk.test('中')) throw new Error('CJK pattern broken');
  const {problems, rows} = run(buildDir);
  console.log('page | ids zh-Hans | ids en | equal');
  for (const r of rows) console.log(`${r.page} | ${r.zh} | ${r.en} | ${r.equal ? 'yes' : 'NO'}`);
  if (problems.length) {
    console.error(`i18n-check: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    `i18n-check: OK — ${rows.length} page pairs with identical ids; no untranslated Chinese on English pages; lang and hreflang correct.`,
  );
}
