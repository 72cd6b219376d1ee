/**
 * Citation links: turn `{source, lines}` into the address of the cited lines at the pinned commit
 * (a hyperlink only; nothing is loaded from another host). Pure: the environment is passed in.
 */
import type {Citation, Repository, Source} from '../../operators/schema';

/** `T` with every citation replaced by its resolved form. */
export type Resolved<T> = T extends {source: string; lines: readonly number[]; hash: string}
  ? ResolvedCitation
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? {[K in keyof T]: Resolved<T[K]>}
      : T;

/** A citation as the pages and the JSON export show it. */
export interface ResolvedCitation extends Citation {
  kind: Source['kind'];
  /** The repository, e.g. `hicann/ops-nn`. */
  repository: string;
  path: string;
  commit: string | null;
  release: string;
  date: string | null;
  title: string;
  /** The link to the cited lines, or null when the source has no public address (seed pages). */
  url: string | null;
}

/** `SOURCE_URL_<ID>`: the environment variable that overrides a repository's link template. */
export function urlEnvName(repoId: string): string {
  return `SOURCE_URL_${repoId.toUpperCase().replace(/-/g, '_')}`;
}

/** Fill a link template. Throws on a template without `{path}` (a misconfigured mirror must not pass silently). */
export function fillTemplate(
  template: string,
  s: {commit: string | null; path: string},
  [from, to]: readonly [number, number],
): string {
  if (!template.includes('{path}')) throw new Error(`source link template "${template}" has no {path} placeholder`);
  return template
    .replaceAll('{commit}', s.commit ?? '')
    .replaceAll('{path}', s.path.split('/').map(encodeURIComponent).join('/'))
    .replaceAll('{from}', String(from))
    .replaceAll('{to}', String(to));
}

export class CitationResolver {
  private readonly sources: Map<string, Source>;
  private readonly repos: Map<string, Repository>;
  constructor(
    sources: readonly Source[],
    repositories: readonly Repository[],
    private readonly env: Readonly<Record<string, string | undefined>> = {},
  ) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
    this.repos = new Map(repositories.map((r) => [r.id, r]));
  }

  /** The address of a source's whole file at its pinned commit (the link template without its fragment), or null. */
  fileUrl(s: Source): string | null {
    const repo = this.repos.get(s.repo);
    if (!repo) throw new Error(`source "${s.id}" names unknown repository "${s.repo}"`);
    const template = this.env[urlEnvName(repo.id)] || repo.lineUrl;
    return template ? fillTemplate(template.split('#')[0], s, [1, 1]) : null;
  }

  resolve(c: Citation): ResolvedCitation {
    const s = this.sources.get(c.source);
    if (!s) throw new Error(`unknown source "${c.source}"`);
    const repo = this.repos.get(s.repo);
    if (!repo) throw new Error(`source "${s.id}" names unknown repository "${s.repo}"`);
    const template = this.env[urlEnvName(repo.id)] || repo.lineUrl;
    return {
      ...c,
      kind: s.kind,
      repository: repo.name,
      path: s.path,
      commit: s.commit,
      release: s.release,
      date: s.date,
      title: s.title,
      url: template ? fillTemplate(template, s, c.lines) : null,
    };
  }

  /** Deep-copy `value`, resolving every `sources` array of citations (errata: every column). */
  resolveDeep<T>(value: T): T {
    const walk = (v: unknown, key: string | null): unknown => {
      if (Array.isArray(v)) {
        if (key === 'sources' || key === 'documented' || key === 'laterDocs' || key === 'implementation') {
          if (v.every(isCitation)) return v.map((c) => this.resolve(c));
        }
        return v.map((x) => walk(x, null));
      }
      if (v !== null && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
      }
      return v;
    };
    return walk(value, null) as T;
  }
}

function isCitation(v: unknown): v is Citation {
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as Citation).source === 'string' &&
    Array.isArray((v as Citation).lines) &&
    typeof (v as Citation).hash === 'string'
  );
}
