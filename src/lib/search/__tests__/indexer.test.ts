import {describe, expect, it} from 'vitest';
import {parseHtml, findFirst} from '../html';
import {buildIndex, defaultDocBoost, textOf} from '../indexer';
import {decodePostings, DocKind, type SearchIndex} from '../types';

/** A minified page in the shape Docusaurus + SWC emit: bare attributes, omitted end tags. */
const OperatorPage = `<!doctype html><html lang=zh-Hans><head><title>aclnnX | 站点</title><script>var leak="scriptword"</script><style>.styleword{}</style></head>
<body><nav class=navbar><a href=/>navword</a></nav>
<div class=main><aside class=theme-doc-sidebar-container><ul class=menu><li>sidebarword</ul></aside>
<article><nav class=theme-doc-breadcrumbs><ul><li>breadcrumbword</ul></nav>
<div class="theme-doc-markdown markdown"><header><h1>aclnnX</h1></header><p>算子 aclnnX 的简介 introword。
<h2 class="anchor anchorTargetStickyNavbar_Vzrq" id=parameters>参数说明<a href=#parameters class=hash-link aria-label=直达 title=直达>&#8203;</a></h2>
<p>参数表前的说明 paramprose。
<div class=table-scroll><table><caption>参数表<thead><tr><th scope=col>参数<th scope=col>说明<th scope=col>数据类型<tbody>
<tr id=param-dequantScale class=anchored-row tabindex=-1><th scope=row><code>dequantScale</code><a class="row-link rowLink_rk4k" href=#param-dequantScale>#</a><span class=optional_x>可选</span><td>反量化系数 &lt;scale&gt;。<ul><li>shape 为 (n)<li>FLOAT32</ul><div><span class=badges_t><span class="badge_J badge-seed_R">原始文档</span></span><span class=errataLinks_U><a class=erratum_a href=/errata#erratum-e4-fp16>勘误 E4</a></span></div><td><span><code>INT64</code><code>UINT64</code></span>
<tr id=param-x1 class=anchored-row tabindex=-1><th scope=row><code>x1</code><a class=row-link href=#param-x1>#</a><td>左矩阵，最后一维不超过 65535。
</table></div>
<h2 id=formula>计算公式<a href=#formula class=hash-link>&#8203;</a></h2>
<p>公式说明 formulaprose <span class=katex><span class=katex-mathml><math><semantics><mrow><mi>mathmlword</mi></mrow><annotation encoding=application/x-tex>\\mathit{texword}</annotation></semantics></math></span><span class=katex-html aria-hidden=true><span class=mord>katexhtmlword</span></span></span> 结束。
<figure id=formula-case-1 class=formula_h><figcaption><strong>情形1</strong><div>figureprose</div></figcaption></figure>
<h3 id=example>示例<a href=#example class=hash-link>&#8203;</a></h3>
<p>示例说明 exampleprose<div class=codeBlockContainer><pre><code>int codeword = 1;</code></pre></div>
<h2 id=constraints>约束<a href=#constraints class=hash-link>&#8203;</a></h2>
<table><tbody><tr id=constraint-impl-only class=anchored-row><th><code>impl-only</code><td>实现约束 implword<div><span class=badges_t><span class="badge_J badge-impl_G">开源实现</span></span></div></table>
</div></article><nav class=pagination-nav><a href=/next>paginationword</a></nav>
<div class=theme-doc-toc-desktop><ul class=table-of-contents><li><a href=#parameters>tocword</a></ul></div></div>
<footer class=footer>footerword</footer></body></html>`;

const ErrataPage = `<html><body><article><div class="theme-doc-markdown markdown"><header><h1>勘误</h1></header><p>勘误页简介。
<h2 id=errata-notes>勘误与版本说明</h2><div><section id=erratum-e4-fp16 class="anchored-row erratum_a" tabindex=-1><h3 class=title_L id=erratum-e4-fp16-title><span>E4</span> FLOAT16 输出时的 dequantScale<a class=row-link href=#erratum-e4-fp16>#</a></h3><dl><dt>文档规定<dd>须为 INT64。<dt>开源实现<dd>也接受 FLOAT32。</dl></section></div>
</div></article></body></html>`;

function build(): SearchIndex {
  return buildIndex(
    [
      {url: '/operators/aclnnX?_highlight=x', html: OperatorPage},
      {url: '/errata', html: ErrataPage},
    ],
    'zh-Hans',
  );
}

function doc(index: SearchIndex, url: string) {
  const d = index.docs.find((x) => (x[1] ? `${index.pages[x[0]][0]}#${x[1]}` : index.pages[x[0]][0]) === url);
  if (!d) throw new Error(`no document ${url}`);
  return {label: d[2], text: d[3], kind: d[6], boost: d[7]};
}

function docsWithTerm(index: SearchIndex, term: string): string[] {
  const list = index.terms[term];
  if (!list) return [];
  return decodePostings(list).docs.map((i) => {
    const d = index.docs[i];
    return d[1] ? `${index.pages[d[0]][0]}#${d[1]}` : index.pages[d[0]][0];
  });
}

describe('html parser', () => {
  it('closes omitted end tags of table rows and cells', () => {
    const root = parseHtml('<table><tbody><tr id=a><th>A<td>a1<tr id=b><th>B<td>b1</table>');
    const tbody = findFirst(root, (e) => e.name === 'tbody')!;
    const rows = tbody.children.filter((c) => c.type === 'element');
    expect(rows.map((r) => (r.type === 'element' ? r.attrs.id : ''))).toEqual(['a', 'b']);
    expect(textOf(rows[0])).toBe('A a1');
  });

  it('closes a <p> at a block start tag and decodes entities', () => {
    const root = parseHtml('<div><p>one &amp; two<ul><li>x<li>y</ul></div>');
    const div = findFirst(root, (e) => e.name === 'div')!;
    expect(div.children.map((c) => (c.type === 'element' ? c.name : '#text'))).toEqual(['p', 'ul']);
    expect(textOf(div)).toBe('one & two x y');
  });
});

describe('buildIndex', () => {
  const index = build();

  it('records clean page URLs (no query string) and page titles', () => {
    expect(index.pages).toEqual([
      ['/errata', '勘误'],
      ['/operators/aclnnX', 'aclnnX'],
    ]);
    expect(index.v).toBe(1);
    expect(index.locale).toBe('zh-Hans');
  });

  it('makes one document per anchored row, with its anchor and label', () => {
    const row = doc(index, '/operators/aclnnX#param-dequantScale');
    expect(row.kind).toBe(DocKind.Row);
    expect(row.label).toBe('dequantScale');
    expect(row.text).toContain('反量化系数 <scale>。');
    expect(row.text).toContain('INT64 UINT64');
    expect(doc(index, '/operators/aclnnX#param-x1').text).toContain('65535');
    expect(docsWithTerm(index, '65535')).toEqual(['/operators/aclnnX#param-x1']);
  });

  it('makes errata sections and formula figures documents, labelled by their heading / caption', () => {
    const e = doc(index, '/errata#erratum-e4-fp16');
    expect(e.label).toBe('E4 FLOAT16 输出时的 dequantScale');
    expect(e.text).toContain('也接受 FLOAT32');
    expect(doc(index, '/operators/aclnnX#formula-case-1').label).toBe('情形1');
    // The heading inside the erratum is not a section of its own.
    expect(() => doc(index, '/errata#erratum-e4-fp16-title')).toThrow();
  });

  it('makes section documents of h2/h3 with ids, excluding the rows under them', () => {
    const s = doc(index, '/operators/aclnnX#parameters');
    expect(s.kind).toBe(DocKind.Section);
    expect(s.label).toBe('参数说明');
    expect(s.text).toContain('paramprose');
    expect(s.text).not.toContain('dequantScale');
    expect(docsWithTerm(index, 'exampleprose')).toEqual(['/operators/aclnnX#example']);
  });

  it('makes a page document from the h1 and the intro', () => {
    const p = doc(index, '/operators/aclnnX');
    expect(p.kind).toBe(DocKind.Page);
    expect(p.label).toBe('aclnnX');
    expect(p.text).toContain('introword');
    expect(p.text).not.toContain('paramprose');
  });

  it('excludes MathML, KaTeX HTML, code blocks, scripts, navigation, TOC, footer, badges and permalinks', () => {
    for (const junk of [
      'mathmlword',
      'texword',
      'katexhtmlword',
      'codeword',
      'scriptword',
      'styleword',
      'navword',
      'sidebarword',
      'breadcrumbword',
      'paginationword',
      'tocword',
      'footerword',
      '原始文档',
    ]) {
      expect(docsWithTerm(index, junk), junk).toEqual([]);
    }
    expect(docsWithTerm(index, 'formulaprose')).toEqual(['/operators/aclnnX#formula']);
    for (const d of index.docs) {
      expect(d[3]).not.toMatch(/\u200b/);
      expect(d[3]).not.toMatch(/(^|\s)#(\s|$)/);
    }
  });

  it('adds the header of value-only columns (not of prose columns) to the row terms, without storing it', () => {
    // The section holds the table head itself; among the rows only the one with a value-only dtype cell.
    expect(docsWithTerm(index, '类型').filter((u) => u.includes('#param-'))).toEqual([
      '/operators/aclnnX#param-dequantScale',
    ]);
    expect(docsWithTerm(index, '说明')).not.toContain('/operators/aclnnX#param-dequantScale');
    expect(doc(index, '/operators/aclnnX#param-dequantScale').text).not.toContain('数据类型');
  });

  it('leaves errata cross-reference links out of rows, so an erratum id finds the erratum', () => {
    expect(docsWithTerm(index, 'e4')).toEqual(['/errata#erratum-e4-fp16']);
  });

  it('indexes labels in the title field and the anchor in the body', () => {
    const list = index.terms.dequantscale;
    const {docs, tfs} = decodePostings(list);
    const i = docs.findIndex((d) => index.docs[d][1] === 'param-dequantScale');
    expect(tfs[i] % 8).toBe(1);
    expect(docsWithTerm(index, 'param')).toContain('/operators/aclnnX#param-x1');
  });

  it('applies the default boosts: constraint rows up, implementation-only rows and errata down', () => {
    expect(doc(index, '/operators/aclnnX#param-x1').boost).toBe(1);
    expect(doc(index, '/operators/aclnnX#constraint-impl-only').boost).toBe(0.66);
    expect(doc(index, '/errata#erratum-e4-fp16').boost).toBe(0.8);
    expect(defaultDocBoost({url: '/x', anchor: '', kind: DocKind.Page, element: null})).toBe(1);
  });

  it("ranks a family page's derived rows below the parameter rows: prototype matrix ×0.5, migration ×0.8", () => {
    const row = (anchor: string) =>
      defaultDocBoost({
        url: '/families/f',
        anchor,
        kind: DocKind.Row,
        element: {type: 'element', name: 'tr', attrs: {}, children: [], parent: null},
      });
    expect(row('diff-deqScale')).toBe(0.5);
    expect(row('migration-deq-scale')).toBe(0.8);
    expect(row('decision-default')).toBe(1);
  });

  it('indexes page-only URLs as a single page document', () => {
    const only = buildIndex([{url: '/operators/aclnnX', html: OperatorPage}], 'zh-Hans', {
      pageOnlyUrls: ['/operators/aclnnX/'],
    });
    expect(only.docs).toHaveLength(1);
    expect(only.docs[0][3]).toContain('introword');
  });

  it('is deterministic and JSON-serialisable', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(index));
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});
