import {describe, expect, it} from 'vitest';
import {search} from '../engine';
import {buildIndex} from '../indexer';

/** A small synthetic site: an operator page with sections and anchored rows, a return-code page. */
function page(title: string, body: string): string {
  return `<html><body><article><div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>${body}</div></article></body></html>`;
}

const Operator = page(
  'aclnnQuantMatmulAllReduceV2',
  `<p>量化矩阵乘与 AllReduce 融合算子，参数见下表。
<h2 id=parameters>参数说明</h2><p>每个参数一行；shape 与数据类型见各行。<table><tbody>
<tr id=param-dequantScale class=anchored-row><th><code>dequantScale</code><td>反量化系数。output 为 BFLOAT16 时为 BFLOAT16。
<tr id=param-pertokenScaleOptional class=anchored-row><th><code>pertokenScaleOptional</code><td>pertoken 缩放系数。x1 的 shape 为 (m, k) 时，shape 为 (m)。
<tr id=param-x1 class=anchored-row><th><code>x1</code><td>左矩阵，数据类型 INT8，数据格式 ND。
<tr id=param-x2 class=anchored-row><th><code>x2</code><td>右矩阵，数据格式支持 ND 和 FRACTAL_NZ。
</table>
<h2 id=constraints>约束说明</h2><p>以下约束违反时返回 161002；shape 与最后一维的要求见各行。<table><tbody>
<tr id=constraint-last-dim-max class=anchored-row><th><code>last-dim-max</code><td>x1 与 x2 的最后一维不超过 65535。<td>161002
<tr id=constraint-determinism class=anchored-row><th><code>determinism</code><td>默认非确定性；后续版本设置 <code>HCCL_DETERMINISTIC=true</code> 开启确定性计算。<td>—
</table>
<h2 id=determinism>确定性计算</h2><p>默认非确定性计算，可以开启确定性计算。`,
);

const ReturnCodes = page(
  'Return Codes',
  `<p>Every API returns a status; 161001 and 161002 are parameter errors.
<h2 id=status-table>Status table</h2><table><tbody>
<tr id=status-161001 class=anchored-row><th><code>161001</code><td><code>ACLNN_ERR_PARAM_NULLPTR</code><td>A null pointer was passed.
<tr id=status-161002 class=anchored-row><th><code>161002</code><td><code>ACLNN_ERR_PARAM_INVALID</code><td>An invalid dtype or shape was passed.
</table>`,
);

const index = JSON.parse(
  JSON.stringify(
    buildIndex(
      [
        {url: '/operators/aclnnQuantMatmulAllReduceV2', html: Operator},
        {url: '/concepts/return-codes', html: ReturnCodes},
      ],
      'zh-Hans',
    ),
  ),
);

const urls = (q: string, limit = 10) => search(index, q, 'zh-Hans', limit).map((r) => r.url);

describe('search ranking', () => {
  it('ranks the row that holds an exact number above page and section documents', () => {
    expect(urls('65535')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max');
    expect(urls('161002')[0]).toBe('/concepts/return-codes#status-161002');
  });

  it('ranks the row labelled with an identifier first', () => {
    expect(urls('dequantScale')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-dequantScale');
    expect(urls('FRACTAL_NZ')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-x2');
    expect(urls('HCCL_DETERMINISTIC')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#constraint-determinism');
  });

  it('is not broken by stop words or unknown words (OR scoring)', () => {
    const base = urls('pertokenScaleOptional shape')[0];
    expect(base).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-pertokenScaleOptional');
    expect(urls('pertokenScaleOptional 的 shape')[0]).toBe(base);
    expect(urls('pertokenScaleOptional 的 shape 是什么')[0]).toBe(base);
    expect(urls('dequantScale 怎么算')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-dequantScale');
    expect(urls('的')).toEqual(expect.any(Array));
  });

  it('matches Chinese phrases regardless of segmentation (bigrams)', () => {
    const top = urls('确定性计算怎么开启', 3);
    expect(top).toContain('/operators/aclnnQuantMatmulAllReduceV2#determinism');
    expect(top).toContain('/operators/aclnnQuantMatmulAllReduceV2#constraint-determinism');
  });

  it('matches the word being typed as a prefix', () => {
    expect(urls('pertokenSc')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-pertokenScaleOptional');
    expect(urls('dequ')[0]).toBe('/operators/aclnnQuantMatmulAllReduceV2#param-dequantScale');
  });

  it('breaks ties deterministically by URL and respects the limit', () => {
    const a = search(index, 'shape', 'zh-Hans', 20);
    const b = search(index, 'shape', 'zh-Hans', 20);
    expect(a).toEqual(b);
    for (let i = 1; i < a.length; i++) {
      expect(a[i - 1].score > a[i].score || (a[i - 1].score === a[i].score && a[i - 1].url < a[i].url)).toBe(true);
    }
    expect(search(index, 'shape', 'zh-Hans', 2)).toHaveLength(2);
  });

  it('returns nothing for empty or unmatched queries', () => {
    expect(search(index, '', 'zh-Hans')).toEqual([]);
    expect(search(index, '   ', 'zh-Hans')).toEqual([]);
    expect(search(index, 'zzzzqqq', 'zh-Hans')).toEqual([]);
  });

  it('rejects an index of another format version', () => {
    expect(() => search({...index, v: 2}, 'x1', 'zh-Hans')).toThrow(/version/);
  });
});

describe('search results', () => {
  it('carry clean URLs, titles, kinds and a plain-text snippet with highlight ranges', () => {
    const [r] = search(index, '65535', 'zh-Hans');
    expect(r).toMatchObject({
      url: '/operators/aclnnQuantMatmulAllReduceV2#constraint-last-dim-max',
      title: 'last-dim-max',
      pageTitle: 'aclnnQuantMatmulAllReduceV2',
      anchor: 'constraint-last-dim-max',
      kind: 'row',
    });
    expect(r.url).not.toMatch(/\?/);
    expect(r.snippet).not.toMatch(/<[a-z/]/i);
    expect(r.highlights.map(([a, b]) => r.snippet.slice(a, b))).toEqual(['65535']);
  });

  it('does not repeat a row label in its snippet', () => {
    for (const r of search(index, '65535', 'zh-Hans', 20).filter((x) => x.kind === 'row')) {
      expect(r.snippet.startsWith(r.title), `${r.url}: ${r.snippet}`).toBe(false);
    }
  });

  it('opens the page first when the query is exactly its title', () => {
    const [r] = search(index, 'aclnnQuantMatmulAllReduceV2', 'zh-Hans');
    expect(r).toMatchObject({url: '/operators/aclnnQuantMatmulAllReduceV2', kind: 'page'});
  });

  it('uses the heading as the title of a section and the page title for a page', () => {
    const results = search(index, '确定性计算', 'zh-Hans', 20);
    expect(results.find((r) => r.anchor === 'determinism')).toMatchObject({title: '确定性计算', kind: 'section'});
    const p = search(index, 'Return Codes', 'zh-Hans').find((r) => r.kind === 'page');
    expect(p).toMatchObject({url: '/concepts/return-codes', title: 'Return Codes', anchor: ''});
  });

  it('highlights whole identifiers and Chinese words, not stop-word characters', () => {
    // The row named pertokenScaleOptional comes first (its name is the title, not repeated in the
    // snippet); highlighting is checked on a page whose text mentions it.
    expect(search(index, 'pertokenScaleOptional 的 shape', 'zh-Hans')[0].title).toBe('pertokenScaleOptional');
    const ix = buildIndex(
      [{url: '/p', html: page('P', '<p>传入的 pertokenScaleOptional 的 shape 须与 x1 匹配。</p>')}],
      'zh-Hans',
    );
    const [r] = search(ix, 'pertokenScaleOptional 的 shape', 'zh-Hans');
    const marked = r.highlights.map(([a, b]) => r.snippet.slice(a, b));
    expect(marked).toContain('pertokenScaleOptional');
    expect(marked).toContain('shape');
    expect(marked).not.toContain('的');
  });

  it('cuts long texts into an excerpt around the match', () => {
    const long = page('Long', `<p>${'无关内容。'.repeat(80)}关键字 FRACTAL_NZ 出现在这里。${'其他内容。'.repeat(80)}`);
    const ix = buildIndex([{url: '/long', html: long}], 'zh-Hans');
    const [r] = search(ix, 'FRACTAL_NZ', 'zh-Hans');
    expect(r.snippet.startsWith('…')).toBe(true);
    expect(r.snippet.endsWith('…')).toBe(true);
    expect(r.snippet.length).toBeLessThan(130);
    expect(r.highlights.map(([a, b]) => r.snippet.slice(a, b))).toEqual(['FRACTAL_NZ']);
  });
});

describe('synonyms and question words', () => {
  const Site = page(
    'Topology',
    `<p>How the operator is deployed.
<table><tbody>
<tr id=constraint-topology class=anchored-row><th><code>topology</code><td>HCCS all-mesh only, with 1, 2, 4 or 8 ranks.
<tr id=constraint-not-null class=anchored-row><th><code>not-null</code><td>x1 must not be a nullptr.
<tr id=constraint-many class=anchored-row><th><code>how-many-rows</code><td>This row says how many values it holds, and how.
<tr id=constraint-zh class=anchored-row><th><code>zh-topology</code><td>仅支持 1、2、4、8 卡。
</table>`,
  );
  const idx = JSON.parse(JSON.stringify(buildIndex([{url: '/t', html: Site}], 'en')));
  const top = (q: string) => search(idx, q, 'en', 3).map((r) => r.url);

  it('"how many NPUs" finds the rows about ranks and 卡, not the row that contains "how many"', () => {
    const results = top('how many NPUs');
    expect(results.slice(0, 2).sort()).toEqual(['/t#constraint-topology', '/t#constraint-zh']);
    expect(results[0]).not.toBe('/t#constraint-many');
  });

  it('"null pointer" finds nullptr; 空指针 too', () => {
    expect(top('null pointer')[0]).toBe('/t#constraint-not-null');
    expect(top('空指针')[0]).toBe('/t#constraint-not-null');
  });

  it('without the synonym, a question word alone still matches (weighed down, not dropped)', () => {
    expect(top('how')).toContain('/t#constraint-many');
  });
});
