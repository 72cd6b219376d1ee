/**
 * Which CANN release each fact holds for (README.md, "Versions"): the generated version data
 * (src/operators/versions.generated.json, `npm run versions:scan`) with the helpers the pages,
 * the checker, the changelog and the export use. Pure and small (no zod: pages import it); the
 * data is validated by the build (operator-specs plugin) and the tests (VersionDataSchema).
 */
import rawData from '../../operators/versions.generated.json';
import rawReleases from '../../operators/releases';
import type {FactVersion, L10n, VersionData as VersionDataType} from '../../operators/schema';
import type {FactState} from './scan';

export type {FactState} from './scan';

/** A release as pages need it (releases.ts; `refs` and dates are in the registry and the export). */
export interface ReleaseInfo {
  id: string;
  label: L10n;
  date: string | null;
  seed?: boolean;
}

/** The releases the site covers, oldest first (releases.ts). */
export const Releases: readonly ReleaseInfo[] = rawReleases;
export const ReleaseIds: readonly string[] = Releases.map((r) => r.id);
/** The newest release: what the site states and what the checker assumes without `cannVersion`. */
export const LatestRelease: string = ReleaseIds[ReleaseIds.length - 1];

/** The version data (validated by the build and the tests). */
export const VersionData = rawData as unknown as VersionDataType;

export function isRelease(id: unknown): id is string {
  return typeof id === 'string' && ReleaseIds.includes(id);
}

export function factVersion(key: string): FactVersion | undefined {
  return VersionData.facts[key];
}

/** The state of fact `key` at `release` (a fact not in the data holds everywhere). */
export function stateAt(key: string, release: string): FactState {
  return VersionData.facts[key]?.states[release] ?? 'holds';
}

export interface FactRange {
  /** The first release of the last run of releases it holds for, when that run does not start with the oldest determined release. */
  since?: string;
  /** The last release it holds for, when it does not hold for the newest. */
  until?: string;
  /** Releases where it does not hold, by state. */
  absent: string[];
  differs: string[];
  undetermined: string[];
}

/**
 * The range of fact `key`: `since` / `until` over the releases where its state is determined
 * (undetermined releases are listed, not counted), and the releases of each non-holding state.
 */
export function factRange(key: string): FactRange {
  const r: FactRange = {absent: [], differs: [], undetermined: []};
  const determined: {id: string; holds: boolean}[] = [];
  for (const id of ReleaseIds) {
    const s = stateAt(key, id);
    if (s === 'undetermined') r.undetermined.push(id);
    else {
      if (s !== 'holds') r[s].push(id);
      determined.push({id, holds: s !== 'absent'});
    }
  }
  // since: the start of the last run of releases it holds for, unless that run starts the list;
  // until: the end of that run, unless it reaches the newest release.
  let end = determined.length - 1;
  while (end >= 0 && !determined[end].holds) end--;
  if (end < 0) return r;
  let start = end;
  while (start > 0 && determined[start - 1].holds) start--;
  if (start > 0) r.since = determined[start].id;
  if (end < determined.length - 1) r.until = determined[end].id;
  return r;
}

/**
 * The data attributes a fact's element carries, rendered at build time and read by the release
 * selector's CSS (src/client/releaseSelector.ts): space-separated release ids per state.
 */
export function cannAttributes(key: string): Record<string, string> {
  const r = factRange(key);
  const attrs: Record<string, string> = {'data-fact': key};
  if (r.absent.length) attrs['data-cann-out'] = r.absent.join(' ');
  if (r.differs.length) attrs['data-cann-diff'] = r.differs.join(' ');
  if (r.undetermined.length) attrs['data-cann-unknown'] = r.undetermined.join(' ');
  return attrs;
}
