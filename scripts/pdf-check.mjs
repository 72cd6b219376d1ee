#!/usr/bin/env node
/**
 * Checks the PDFs `npm run pdf` wrote (README, "Formats: Markdown, llms.txt, PDF"), with poppler's
 * `pdftotext`: for each operator page of each built locale,
 *  1. build/pdf/<apiName>.<locale>.pdf exists and is a PDF of at least one page;
 *  2. its text has the page title (the h1), the heading of the parameters section (`#parameters`,
 *     CJK on the Chinese pages: the CJK text extracts) and the longest parameter name of the page
 *     (from its `param-*` row ids);
 *  3. the page's HTML (X.html and its twin X/index.html) shows the PDF link (no `hidden`), and
 *     links to exactly that file.
 * Exits 1 on any problem. Usage: node scripts/pdf-check.mjs [buildDir]
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {localeDirs, startTags} from './html.mjs';

const buildDir = path.resolve(process.argv[2] ?? 'build');
const problems = [];
const fail = (m) => problems.push(m);

/** Text without any whitespace (pdftotext breaks lines where the layout does). */
const squash = (s) => s.replace(/\s+/g, '');

function textOf(html, re) {
  const m = re.exec(html);
  return m
    ? m[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .trim()
    : null;
}

let checked = 0;
for (const [dir, locale] of [['', 'zh-Hans'], ...localeDirs(buildDir).map((d) => [d, d])]) {
  const ops = path.join(buildDir, dir, 'operators');
  if (!fs.existsSync(ops)) continue;
  for (const f of fs.readdirSync(ops).filter((x) => x.endsWith('.html'))) {
    const name = f.slice(0, -5);
    const where = `${dir ? `/${dir}` : ''}/operators/${name}`;
    const html = fs.readFileSync(path.join(ops, f), 'utf8');
    const pdf = path.join(buildDir, 'pdf', `${name}.${locale}.pdf`);
    checked++;
    if (!fs.existsSync(pdf)) {
      fail(`${where}: ${path.relative(buildDir, pdf)} is missing (run "npm run pdf")`);
      continue;
    }
    if (fs.readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') fail(`${where}: ${pdf} is not a PDF`);
    const info = execFileSync('pdfinfo', [pdf], {encoding: 'utf8'});
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    if (pages < 1) fail(`${where}: the PDF has no page`);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {encoding: 'utf8'}));
    const title = textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/);
    const params = textOf(html, /<h2[^>]*\bid=["']?parameters["']?[^>]*>([\s\S]*?)<(?:span|a)\b/);
    const paramNames = [...startTags(html)]
      .map((t) => t.attrs.id ?? '')
      .filter((id) => id.startsWith('param-'))
      .map((id) => id.slice('param-'.length))
      .sort((a, b) => b.length - a.length);
    if (!title) fail(`${where}: no h1 in the HTML`);
    else if (!text.includes(squash(title))) fail(`${where}: the PDF text lacks the title "${title}"`);
    if (!params) fail(`${where}: no #parameters heading in the HTML`);
    else if (!text.includes(squash(params))) fail(`${where}: the PDF text lacks the heading "${params}"`);
    if (locale === 'zh-Hans' && params && !/[\u4e00-\u9fff]/.test(params))
      fail(`${where}: expected a CJK heading to check CJK extraction, got "${params}"`);
    if (paramNames.length === 0) fail(`${where}: no param-* rows`);
    else if (!text.includes(paramNames[0])) fail(`${where}: the PDF text lacks the parameter name "${paramNames[0]}"`);
    for (const file of [path.join(ops, f), path.join(ops, name, 'index.html')]) {
      if (!fs.existsSync(file)) continue;
      const link = [...startTags(fs.readFileSync(file, 'utf8'))].find(
        (t) => t.name === 'a' && t.attrs['data-page-format'] === 'pdf',
      );
      if (!link) fail(`${path.relative(buildDir, file)}: no PDF link`);
      else if ('hidden' in link.attrs) fail(`${path.relative(buildDir, file)}: the PDF link is still hidden`);
      else if (link.attrs.href !== `/pdf/${name}.${locale}.pdf`)
        fail(`${path.relative(buildDir, file)}: the PDF link points to ${link.attrs.href}`);
    }
  }
}
if (checked === 0) fail('no operator pages in the build');

if (problems.length) {
  console.error(`pdf-check: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `pdf-check: OK — ${checked} operator-page PDFs (each locale): title, parameters heading (CJK on zh-Hans) and a parameter name extract with pdftotext; PDF links shown.`,
);
