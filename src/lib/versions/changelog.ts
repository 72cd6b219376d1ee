/**
 * The changelog of one operator from the version data (pure): for each pair of consecutive
 * releases, every fact whose state changes (appears, disappears, changes; transitions from or to
 * an undetermined state are not claimed), with the link to its row.
 */
import {ReleaseIds, stateAt, VersionData, type FactState} from '.';
import {transition, type Transition} from './scan';

export interface FactChange {
  key: string;
  kind: string;
  label: string;
  href: string;
  transition: Transition;
  before: FactState;
  after: FactState;
}

/** The page and anchor of a fact key. */
export function factHref(key: string): {kind: string; label: string; href: string} {
  const parts = key.split('/');
  if (parts[0] === 'erratum')
    return {kind: 'erratum', label: `${parts[1]} (${parts[2]})`, href: `/errata#erratum-${parts[1]}`};
  if (parts[0] === 'status')
    return {kind: 'status', label: parts[1], href: `/concepts/return-codes#status-${parts[1]}`};
  const [op, kind, ...rest] = parts;
  const id = rest.join('/');
  const page = `/operators/${op}`;
  const anchors: Record<string, string> = {
    parameter: `#param-${id}`,
    'execute-parameter': `#exec-param-${id}`,
    error: `#error-${id}`,
    constraint: `#constraint-${id}`,
    formula: `#formula-${id}`,
    product: '#products',
    determinism: '#determinism',
    'version-note': '#notes',
  };
  return {kind, label: kind === 'determinism' ? 'determinism' : id, href: page + (anchors[kind] ?? '')};
}

/** Whether a fact key belongs on an operator's changelog (its own facts, errata concerning it, return codes). */
function concerns(key: string, op: string, errataOps: Readonly<Record<string, readonly string[]>>): boolean {
  const parts = key.split('/');
  if (parts[0] === 'status') return true;
  if (parts[0] === 'erratum') {
    const ops = errataOps[parts[1]] ?? [];
    return ops.length === 0 || ops.includes(op);
  }
  return parts[0] === op;
}

export function changesOf(
  op: string,
  errataOps: Readonly<Record<string, readonly string[]>> = {},
): {from: string; to: string; items: FactChange[]}[] {
  const keys = Object.keys(VersionData.facts).filter((k) => concerns(k, op, errataOps));
  const out: {from: string; to: string; items: FactChange[]}[] = [];
  for (let i = 1; i < ReleaseIds.length; i++) {
    const [from, to] = [ReleaseIds[i - 1], ReleaseIds[i]];
    const items: FactChange[] = [];
    for (const key of keys) {
      const before = stateAt(key, from);
      const after = stateAt(key, to);
      const t = transition(before, after);
      if (t) items.push({key, ...factHref(key), transition: t, before, after});
    }
    out.push({from, to, items});
  }
  return out;
}
