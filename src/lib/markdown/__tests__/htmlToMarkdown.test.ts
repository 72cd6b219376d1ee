import {describe, expect, it} from 'vitest';
import {absoluteUrl, escapeText, htmlToMarkdown, inlineCode} from '../htmlToMarkdown';
import {hasPdf, markdownPath, pdfPath} from '../paths';
import {llmsFullTxt, llmsTxt} from '../llms';

const Site = 'https://docs.example';
const opts = {siteUrl: Site, pagePath: '/operators/aclnnX'};

/** A page as the build writes it (minified: optional end tags and quotes dropped). */
const page = (body: string, head = '') =>
  `<!doctype html><html lang=zh-Hans><head><title>aclnnX | 站点</title><meta name=description content="一行 说明">${head}</head>` +
  `<body><nav class=navbar><a href=/>首页</a></nav><div class=theme-doc-sidebar-container>sidebar</div>` +
  `<main><article><nav class=theme-doc-breadcrumbs><ul><li>算子</ul></nav>` +
  `<div class="tocCollapsible_ETCw theme-doc-toc-mobile"><button>本页总览</button></div>` +
  `<div class="theme-doc-markdown markdown"><header class=page-title><h1>aclnnX</h1>` +
  `<div class=page-formats data-page-formats><button data-copy-page=/operators/aclnnX.md>复制为 Markdown</button><a href=/operators/aclnnX.md>Markdown</a></div></header>` +
  `${body}</div></article><div class=theme-doc-toc-desktop><ul class=table-of-contents><li><a href=#params>参数</a></ul></div></main>` +
  `<footer class=footer>版权</footer><script type=module src=/assets/enhance/index.js></script></body></html>`;

const convert = (body: string) => htmlToMarkdown(page(body), opts);

describe('htmlToMarkdown', () => {
  it('keeps the title, description and article; drops the chrome', () => {
    const r = convert('<p>正文<button data-copy=code>复制</button>');
    expect(r.title).toBe('aclnnX');
    expect(r.description).toBe('一行 说明');
    expect(r.markdown).toBe('# aclnnX\n\n正文\n');
    for (const chrome of ['首页', 'sidebar', '算子', '本页总览', '复制', '版权', 'Markdown', '参数'])
      expect(r.markdown).not.toContain(chrome);
  });

  it('writes headings with their explicit ids, without permalink and copy controls', () => {
    const r = convert(
      '<h2 aria-label=参数说明 class="anchor anchorTargetStickyNavbar_Vzrq" id=parameters>参数说明<span class=heading-copy><span class=tools_pN8B data-copy-link=parameters><button data-copy=url>x</button><button data-copy=markdown>MD</button></span></span><a href=#parameters class=hash-link aria-label=直达>​</a></h2><h3 id=sub>小节</h3><h4>无 id</h4>',
    );
    expect(r.markdown).toContain('## 参数说明 {#parameters}\n\n### 小节 {#sub}\n\n#### 无 id');
    expect(r.markdown).not.toContain('MD');
    expect(r.markdown).not.toContain('\u200b');
  });

  it('turns a table into a GFM table with a row-id column and the detail row as a last column', () => {
    const r = convert(
      '<div class=table-scroll role=region tabindex=0><table><caption>aclnnX 的参数<thead><tr><th>参数<th>类型<tbody>' +
        '<tr id=param-x1 class=anchored-row><th scope=row><code>x1</code><a class="row-link rowLink_rk4k" href=#param-x1>#</a><span class=anchor-fragment aria-hidden=true>#param-x1</span><td><span class=list_yIbQ><code>INT8</code><code>FLOAT16</code></span>' +
        '<tr class="row-detail detail_NDC0" data-detail-for=param-x1><td colspan=2><span class=sr-only>说明: </span><p class=meaning_xAV1>含 a|b 的说明<ul><li>规则一<li>规则二</ul>' +
        '<tr id=param-x2 class=anchored-row><th><code>x2</code><td>—</table></div>',
    );
    expect(r.rowIds).toEqual(['param-x1', 'param-x2']);
    expect(r.markdown).toContain('**aclnnX 的参数**');
    const lines = r.markdown.split('\n').filter((l) => l.startsWith('|'));
    expect(lines[0]).toBe('| id | 参数 | 类型 | 说明 |');
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    expect(lines[2]).toBe(
      `| <a id="param-x1"></a>[param-x1](${Site}/operators/aclnnX#param-x1) | \`x1\` | \`INT8\` \`FLOAT16\` | 含 a\\|b 的说明<br>• 规则一<br>• 规则二 |`,
    );
    expect(lines[3]).toBe(`| <a id="param-x2"></a>[param-x2](${Site}/operators/aclnnX#param-x2) | \`x2\` | — |  |`);
    expect(lines).toHaveLength(4);
  });

  it('pads rows to the widest row and expands colspan', () => {
    const r = convert('<table><tr><th>a<th>b<th>c<tr><td colspan=2>ab<td>c<tr><td>only</table>');
    expect(r.markdown).toContain('| a | b | c |\n| --- | --- | --- |\n| ab |  | c |\n| only |  |  |');
  });

  it('writes formulas as TeX from the KaTeX annotation', () => {
    const katex = (tex: string, display: boolean) =>
      `<span class=katex><span class=katex-mathml><math${display ? ' display=block' : ''}><semantics><mrow><mi>x</mi></mrow><annotation encoding=application/x-tex>${tex}</annotation></semantics></math></span><span class=katex-html aria-hidden=true><span class=mord>x</span></span></span>`;
    const r = convert(
      `<p>其中 ${katex('k \\le 65535', false)} 成立<figure id=formula-main><figcaption><strong>公式</strong></figcaption><span class=katex-display>${katex('y = x_1 \\mathbin{@} x_2', true)}</span></figure>`,
    );
    expect(r.markdown).toContain('其中 $k \\le 65535$ 成立');
    expect(r.markdown).toContain('<a id="formula-main"></a>**公式**\n\n$$\ny = x_1 \\mathbin{@} x_2\n$$');
    expect(r.markdown).not.toMatch(/mord|katex/);
  });

  it('fences code blocks with their language and title, keeping the text verbatim', () => {
    const r = convert(
      '<div class="theme-code-block block_iprY language-cpp"><div class=title_SCW8>a.h</div><div class=body_Hw1b><pre class=pre_AkkZ tabindex=0><code class=language-cpp><span class=code-line><span class="token keyword">int</span> *p = a &lt; b ? x_1 : 0;</span>\n<span class=code-line>// `tick`</span>\n</code></pre><button data-copy=code>复制</button></div></div>',
    );
    expect(r.markdown).toContain('```cpp title="a.h"\nint *p = a < b ? x_1 : 0;\n// `tick`\n```');
  });

  it('makes links absolute to the site with clean URLs', () => {
    const r = convert(
      '<p><a href=#param-x1>x1</a> <a href=/concepts/return-codes#status-161002>161002</a> <a href=/errata.html>勘误</a> <a href="https://github.com/o/r/blob/c/f.md#L1-L2">上游 (L1)</a>',
    );
    expect(r.markdown).toContain(`[x1](${Site}/operators/aclnnX#param-x1)`);
    expect(r.markdown).toContain(`[161002](${Site}/concepts/return-codes#status-161002)`);
    expect(r.markdown).toContain(`[勘误](${Site}/errata)`);
    expect(r.markdown).toContain('[上游 (L1)](https://github.com/o/r/blob/c/f.md#L1-L2)');
    expect(absoluteUrl('pathname:///pdf/a.pdf', opts)).toBe(`${Site}/pdf/a.pdf`);
    expect(absoluteUrl('../x', {siteUrl: Site, pagePath: '/en/operators/aclnnX'})).toBe(`${Site}/en/x`);
  });

  it('renders admonitions, lists, provenance badges, source links and release marks', () => {
    const r = convert(
      '<div class="theme-admonition theme-admonition-note admonition_x"><div class=admonitionHeading_Gvgb><span class=admonitionIcon_Rf37><svg><path d=M0></svg></span>备注</div><div class=admonitionContent_BuS1><p>第一段<p>第二段</div></div>' +
        '<ol><li>一<ul><li>甲<li>乙</ul><li>二</ol>' +
        '<section id=erratum-e1 class=anchored-row><h3>E1</h3><p>说明 <span class=cann-marks><span class=cann-badge>自 9.0.0 起</span><span class="cann-mark cann-mark-out">8.5.0 中不成立</span></span><span class=badges_tAEW><span class=badge_Jc5F>原始文档</span><span class=badge_Jc5F>开源实现</span></span><span class=sourceLinks_FRy2><span class=sourceLabel_nN37>来源</span><a href=/sources#source-seed>原页 L2</a><a href=https://git.example/f#L3>代码 L3</a></span></section>',
    );
    expect(r.markdown).toContain('> **备注**\n>\n> 第一段\n>\n> 第二段');
    expect(r.markdown).toContain('1. 一\n   - 甲\n   - 乙\n2. 二');
    expect(r.markdown).toContain('<a id="erratum-e1"></a>\n\n### E1');
    expect(r.markdown).toContain(
      `说明 *(自 9.0.0 起; 8.5.0 中不成立)* *原始文档 · 开源实现* 来源: [原页 L2](${Site}/sources#source-seed), [代码 L3](https://git.example/f#L3)`,
    );
  });

  it('describes diagrams by their title and description, and skips forms and hidden elements', () => {
    const r = convert(
      '<figure><svg role=img aria-labelledby="d-t d-d"><title id=d-t>调用顺序</title><desc id=d-d>先查询后执行</desc><text>框</text></svg><figcaption>图注</figcaption></figure>' +
        '<form data-constraint-filters><label>过滤<input></label></form><div hidden>隐藏</div><div aria-hidden=true>也隐藏</div>' +
        '<div class=cann-selector><select><option>全部</select></div>',
    );
    expect(r.markdown).toContain('*调用顺序 — 先查询后执行*\n\n图注');
    for (const t of ['框', '过滤', '隐藏', '全部']) expect(r.markdown).not.toContain(t);
  });

  it('writes a card (a link around a heading and a description) as link and description', () => {
    const r = convert(
      '<article class=col><a class="card padding--lg cardContainer_fWXF" href=/tools/checker><h2 class="text--truncate cardTitle_rnsV" title=调用检查器>📄️ 调用检查器</h2><p class="text--truncate cardDescription_PWke">描述一次调用</p></a></article>',
    );
    expect(r.markdown).toContain(`[调用检查器](${Site}/tools/checker): 描述一次调用`);
  });

  it('escapes Markdown in text but not in code', () => {
    expect(escapeText('a*b [c] <div> m < 64 snake_case _x_ $5 \\')).toBe(
      'a\\*b \\[c\\] \\<div> m < 64 snake_case \\_x\\_ \\$5 \\\\',
    );
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(convert('<p><code>*x_1*</code>').markdown).toContain('`*x_1*`');
  });

  it('never prints undefined for missing attributes', () => {
    const r = convert('<p><a>无 href</a><img alt=图><table><tr id=a><td></table>');
    expect(r.markdown).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(r.markdown).toContain('无 href');
  });
});

describe('paths', () => {
  it('puts the Markdown next to the page', () => {
    expect(markdownPath('/operators/aclnnX')).toBe('/operators/aclnnX.md');
    expect(markdownPath('/en/operators/aclnnX', '/en/')).toBe('/en/operators/aclnnX.md');
    expect(markdownPath('/')).toBe('/index.md');
    expect(markdownPath('/en/', '/en/')).toBe('/en/index.md');
    expect(markdownPath('/en', '/en/')).toBe('/en/index.md');
    expect(markdownPath('/errata.html?cann=9.0.0#x')).toBe('/errata.md');
  });
  it('names the PDF of operator pages', () => {
    expect(pdfPath('/en/operators/aclnnX', 'en')).toBe('/pdf/aclnnX.en.pdf');
    expect(pdfPath('/operators/aclnnX', 'zh-Hans')).toBe('/pdf/aclnnX.zh-Hans.pdf');
    expect(hasPdf('/en/operators/aclnnX')).toBe(true);
    expect(hasPdf('/concepts/return-codes')).toBe(false);
  });
});

describe('llms.txt', () => {
  const p = (path: string, title: string, description = '') => ({
    path,
    rel: path.replace(/^\/(en\/?)?/, ''),
    markdownUrl: `${Site}${markdownPath(path)}`,
    htmlUrl: `${Site}${path}`,
    title,
    description,
    markdown: `# ${title}\n\n正文 ${title}\n`,
  });
  const pages = [p('/', '首页', '站点'), p('/operators/aclnnX', 'aclnnX', '一个\n算子'), p('/concepts/c', '概念 C')];

  it('has the llmstxt.org structure: H1, blockquote, sections of Markdown links', () => {
    const txt = llmsTxt({title: '站点', summary: '摘要', locale: 'zh-Hans', fullUrl: `${Site}/llms-full.txt`, pages});
    const lines = txt.split('\n');
    expect(lines[0]).toBe('# 站点');
    expect(lines[2]).toBe('> 摘要');
    expect(txt).toContain(`## 算子\n\n- [aclnnX](${Site}/operators/aclnnX.md): 一个 算子`);
    expect(txt).toContain(`## 概念\n\n- [概念 C](${Site}/concepts/c.md)`);
    expect(txt).toContain(`- [首页](${Site}/index.md): 站点`);
    expect(txt.indexOf('## 算子')).toBeLessThan(txt.indexOf('## 概念'));
  });

  it('llms-full.txt concatenates every page', () => {
    const full = llmsFullTxt({title: '站点', summary: '摘要', pages});
    for (const page of pages) expect(full).toContain(page.markdown.trim());
    expect(full.match(/<!-- page: /g)).toHaveLength(3);
  });
});
