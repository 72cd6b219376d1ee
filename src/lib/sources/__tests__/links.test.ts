import {describe, expect, it} from 'vitest';
import type {Repository, Source} from '../../../operators/schema';
import {allRepositories, allSources} from '../../../operators';
import {CitationResolver, fillTemplate, urlEnvName} from '../links';

const repos: Repository[] = [
  {
    id: 'ops-nn',
    name: 'hicann/ops-nn',
    description: {'zh-Hans': '仓', en: 'repo'},
    lineUrl: 'https://example.org/{commit}/{path}#L{from}-L{to}',
    cloneNames: ['ops-nn'],
    releaseLines: [],
  },
  {
    id: 'seeds',
    name: 'seed pages',
    description: {'zh-Hans': '原页', en: 'seeds'},
    lineUrl: null,
    cloneNames: ['seeds'],
    releaseLines: [],
  },
];
const sources: Source[] = [
  {
    id: 'a-doc',
    repo: 'ops-nn',
    path: 'docs/a b.md',
    kind: 'doc',
    commit: 'a'.repeat(40),
    release: 'master',
    date: '2026-08-22',
    title: 'a b.md',
  },
  {id: 'seed-x', repo: 'seeds', path: 'x.txt', kind: 'seed', commit: null, release: '8.0.RC2', date: null, title: 'x'},
];
const cite = (source: string, from = 3, to = 7) => ({
  source,
  lines: [from, to] as [number, number],
  hash: '0123456789abcdef',
});

describe('citation links', () => {
  it('fills the template with the pinned commit, the encoded path and the line range', () => {
    const r = new CitationResolver(sources, repos).resolve(cite('a-doc'));
    expect(r.url).toBe(`https://example.org/${'a'.repeat(40)}/docs/a%20b.md#L3-L7`);
    expect(r).toMatchObject({kind: 'doc', repository: 'hicann/ops-nn', release: 'master', date: '2026-08-22'});
  });

  it('an intranet mirror overrides the template through SOURCE_URL_<ID>', () => {
    expect(urlEnvName('ops-nn')).toBe('SOURCE_URL_OPS_NN');
    const r = new CitationResolver(sources, repos, {
      SOURCE_URL_OPS_NN: 'http://git.intra/nn/-/blob/{commit}/{path}#L{from}-{to}',
    });
    expect(r.resolve(cite('a-doc', 9, 9)).url).toBe(`http://git.intra/nn/-/blob/${'a'.repeat(40)}/docs/a%20b.md#L9-9`);
    expect(r.fileUrl(sources[0])).toBe(`http://git.intra/nn/-/blob/${'a'.repeat(40)}/docs/a%20b.md`);
  });

  it('a template without {path} is an error, not a silent bad link', () => {
    expect(() => fillTemplate('https://example.org/', sources[0], [1, 2])).toThrow(/\{path\}/);
  });

  it('seed pages have no address', () => {
    const r = new CitationResolver(sources, repos);
    expect(r.resolve(cite('seed-x')).url).toBeNull();
    expect(r.fileUrl(sources[1])).toBeNull();
  });

  it('unknown sources throw', () => {
    expect(() => new CitationResolver(sources, repos).resolve(cite('nope'))).toThrow(/unknown source/);
  });

  it('resolveDeep resolves sources arrays and erratum columns, and leaves other data alone', () => {
    const r = new CitationResolver(sources, repos);
    const value = {
      rows: [{name: 'x', lines: [1, 2], sources: [cite('a-doc')]}],
      erratum: {
        implementation: 'text',
        sources: {documented: [cite('seed-x')], laterDocs: [], implementation: [cite('a-doc')]},
      },
    };
    const out = r.resolveDeep(value);
    expect(out.rows[0].sources[0]).toMatchObject({kind: 'doc', url: expect.stringContaining('#L3-L7')});
    expect(out.rows[0].lines).toEqual([1, 2]);
    expect(out.erratum.implementation).toBe('text');
    expect(out.erratum.sources.documented[0]).toMatchObject({kind: 'seed', url: null});
    expect(out.erratum.sources.implementation[0]).toMatchObject({kind: 'doc'});
  });

  it('every registered source resolves with the default templates', () => {
    const r = new CitationResolver(allSources, allRepositories);
    for (const s of allSources) {
      const url = r.resolve(cite(s.id, 1, 1)).url;
      if (s.commit) expect(url).toMatch(new RegExp(`^https://github\\.com/.+/blob/${s.commit}/.+#L1-L1$`));
      else expect(url).toBeNull();
    }
  });
});
