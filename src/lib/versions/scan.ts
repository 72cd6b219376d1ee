/**
 * The scan logic of `npm run versions:scan` (scripts/versions.ts), pure so the tests can run it
 * without clones: from the state of each cited block at each release, the state of each fact.
 *
 * Rules (README.md, "Versions"):
 * - Documented facts follow the docs at each release (their `doc` citations), implementation
 *   facts (implementation constraints, errata implementation columns, facts tagged only `impl`)
 *   follow the code (their `code` citations). Only citations of sources pinned to the newest
 *   commit (master) are compared: a source pinned to an older commit records history, which is
 *   absent from later releases by design.
 * - At an open-source release, a fact holds when every compared block is there (same, moved or
 *   similar after reformatting, match.ts),
 *   is absent when none is, and differs when some are.
 * - At the seed release (8.0.RC2): a fact citing the seed pages holds; a fact absent from the
 *   oldest open-source release was added later and is absent; any other fact is undetermined (the
 *   8.0.RC2 code is not public and the seed pages do not state it).
 * - A fact citing only the seed pages is a statement about those pages and is not scanned.
 * - Committed overrides (versions.overrides.ts) replace the result where the heuristic is wrong.
 */
import type {Release, Source} from '../../operators/schema';
import type {Fact} from '../sources/facts';

/**
 * Where a cited block is at a release: at its lines; elsewhere in the file (or in the file under
 * its former name); similar after reformatting (match.ts); not in the file; or the file is missing.
 */
export type BlockState = 'same' | 'moved' | 'similar' | 'changed' | 'absent';
/** Whether a fact holds at a release. */
export type FactState = 'holds' | 'differs' | 'absent' | 'undetermined';
export const FactStates = ['holds', 'differs', 'absent', 'undetermined'] as const;

export interface ScannedCitation {
  source: Source;
  /** The citation is pinned to the newest commit of its repository (compared across releases). */
  current: boolean;
  /** The block's state at each open-source release, by release id. */
  states: Readonly<Record<string, BlockState>>;
}

export function found(b: BlockState | undefined): boolean {
  return b === 'same' || b === 'moved' || b === 'similar';
}

/** A fact of the framework mapping section (never scanned against CANN releases). */
export function isFrameworkFact(fact: Pick<Fact, 'kind'>): boolean {
  return fact.kind.startsWith('framework');
}

/**
 * The citations a fact is compared on, or [] when it is not scanned. The framework mapping
 * (`frameworks` of a spec) states what torch_npu's adapter (op-plugin master, a repository with no
 * CANN release lines) does; its citations of aclnn headers only name the parameters it passes. It
 * is not a statement about a CANN release, so it is not scanned.
 */
export function comparedCitations(fact: Fact, cits: readonly ScannedCitation[]): ScannedCitation[] {
  if (isFrameworkFact(fact)) return [];
  const current = cits.filter((c) => c.current && c.source.kind !== 'seed');
  const wanted = fact.implementation ? 'code' : 'doc';
  const ofKind = current.filter((c) => c.source.kind === wanted);
  return ofKind.length > 0 ? ofKind : current;
}

/**
 * The state of `fact` at every release (by id), or null when the fact is not scanned (it cites
 * only the seed pages, or no source pinned to the newest commit).
 */
export function scanFact(
  fact: Fact,
  cits: readonly ScannedCitation[],
  releases: readonly Pick<Release, 'id' | 'seed'>[],
): Record<string, FactState> | null {
  const compared = comparedCitations(fact, cits);
  if (compared.length === 0) return null;
  const citesSeed = cits.some((c) => c.source.kind === 'seed');
  const out: Record<string, FactState> = {};
  for (const r of releases) {
    if (r.seed) continue;
    const n = compared.filter((c) => found(c.states[r.id])).length;
    const filesGone = compared.every((c) => c.states[r.id] === 'absent');
    if (n === compared.length) out[r.id] = 'holds';
    else if (fact.implementation) out[r.id] = filesGone ? 'absent' : 'differs';
    else out[r.id] = n === 0 ? 'absent' : 'differs';
  }
  const firstOpen = releases.find((r) => !r.seed);
  for (const r of releases) {
    if (!r.seed) continue;
    if (citesSeed && !fact.implementation) out[r.id] = 'holds';
    else if (firstOpen && out[firstOpen.id] === 'absent') out[r.id] = 'absent';
    else out[r.id] = 'undetermined';
  }
  return out;
}

/** A change of a fact between two consecutive releases, for the changelog. */
export type Transition = 'appears' | 'disappears' | 'changes';

/** What happens to a fact between release `a` and the next release `b` (null: nothing, or undetermined on a side). */
export function transition(a: FactState, b: FactState): Transition | null {
  if (a === b || a === 'undetermined' || b === 'undetermined') return null;
  if (a === 'absent') return 'appears';
  if (b === 'absent') return 'disappears';
  return 'changes';
}
