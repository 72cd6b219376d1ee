/**
 * Operator families (issue 14): the comparison a family page shows, computed from the members'
 * specs (operator specs and related-API specs) plus the family data (src/operators/families/), and
 * the lint that keeps the family data consistent with the specs. Pure: no I/O, no React.
 */
import type {ApiSpec, Citation, Family, L10n, OperatorSpec, Provenance} from '../operators/schema';

/** A cited statement, as every fact of the site. */
export interface CitedText {
  text: L10n;
  provenance: Provenance[];
  sources: Citation[];
}

export interface FamilyCell {
  name: string;
  /** 1-based position in the member's first-phase prototype. */
  position: number;
  cType: string;
  dtypes: string[];
  optional: boolean;
  /** `new`: the slot first appears in this member (the first member is the baseline: `same`); `changed`: name, C type or dtypes differ from the previous member that has it (a moved position alone is not a change); `same` otherwise. */
  change: 'new' | 'changed' | 'same';
  provenance: Provenance[];
  sources: Citation[];
}

export interface FamilySlot {
  /** Anchor `#diff-<id>`: the correspondence id, or the parameter name. */
  id: string;
  names: string[];
  correspondence: CitedText | null;
  /** One cell per member, in member order; null where the member has no such parameter. */
  cells: (FamilyCell | null)[];
}

export interface FamilyMemberModel {
  api: string;
  label: string;
  /** `operator`: an operator page (/operators/<api>); `api`: a related-API page (/api/<api>). */
  kind: 'operator' | 'api';
  header: string;
  summary: L10n;
  /** What this member adds over the previous one (empty for the first member). */
  adds: CitedText[];
  /** The first release, or null when undetermined; `note` explains either way. */
  firstRelease: string | null;
  firstReleaseNote: CitedText | null;
  products: {id: string; name: L10n; supported: boolean; provenance: Provenance[]; sources: Citation[]}[];
  parameterCount: number;
}

export interface FamilyModel {
  id: string;
  title: L10n;
  members: FamilyMemberModel[];
  /** Product ids in first-seen order, with their names. */
  products: {id: string; name: L10n}[];
  slots: FamilySlot[];
  /** The "which one do I call?" decisions (anchor `#decision-<id>`). */
  decisions: {
    id: string;
    when: L10n;
    because: L10n;
    recommend: {api: string; label: string};
    provenance: Provenance[];
    sources: Citation[];
  }[];
}

/**
 * The short label of each member: the part of its name after the shortest member name (`V3`,
 * `Nz`), `V1` for the shortest one itself.
 */
export function memberLabels(members: readonly string[]): string[] {
  const base = [...members].sort((a, b) => a.length - b.length)[0];
  return members.map((m) => (m.startsWith(base) ? m.slice(base.length) || 'V1' : m));
}

/** The fact id a related-API member uses for "first release undetermined" (kind `note`). */
export const ReleasePresenceFact = 'release-presence';

type MemberSpec = {kind: 'operator'; spec: OperatorSpec} | {kind: 'api'; spec: ApiSpec};

function memberSpec(api: string, ops: readonly OperatorSpec[], apis: readonly ApiSpec[]): MemberSpec | null {
  const op = ops.find((o) => o.id === api);
  if (op) return {kind: 'operator', spec: op};
  const a = apis.find((x) => x.id === api);
  return a ? {kind: 'api', spec: a} : null;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The comparison of one family. Throws when a member is missing (the lint reports it first). */
export function familyModel(family: Family, ops: readonly OperatorSpec[], apis: readonly ApiSpec[]): FamilyModel {
  const members: FamilyMemberModel[] = [];
  const params: {
    name: string;
    cType: string;
    dtypes: string[];
    optional: boolean;
    provenance: Provenance[];
    sources: Citation[];
  }[][] = [];
  const labels = memberLabels(family.members);
  family.members.forEach((api, i) => {
    const found = memberSpec(api, ops, apis);
    if (!found) throw new Error(`family ${family.id}: unknown member ${api}`);
    const spec = found.spec;
    params.push(spec.parameters);
    const notes = family.memberNotes.filter((n) => n.api === api);
    const first = notes.find((n) => n.kind === 'first-release');
    const base = {api, label: labels[i], header: spec.header, summary: spec.summary, products: spec.products};
    if (found.kind === 'operator') {
      members.push({
        ...base,
        kind: 'operator',
        adds: notes.filter((n) => n.kind === 'adds'),
        firstRelease: first?.release ?? null,
        firstReleaseNote: first ?? null,
        parameterCount: spec.parameters.length,
      });
    } else {
      const presence = found.spec.facts.find((f) => f.id === ReleasePresenceFact) ?? null;
      members.push({
        ...base,
        kind: 'api',
        adds: found.spec.facts.filter((f) => f.kind === 'adds'),
        firstRelease: found.spec.firstRelease?.release ?? null,
        firstReleaseNote: found.spec.firstRelease ?? presence,
        parameterCount: spec.parameters.length,
      });
    }
  });

  const slotOf = (name: string) => family.correspondences.find((c) => c.names.includes(name))?.id ?? name;
  // Slots in prototype order: a slot a member introduces goes right after that member's previous slot.
  const order: string[] = [];
  for (const list of params) {
    let after = -1;
    for (const p of list) {
      const slot = slotOf(p.name);
      const at = order.indexOf(slot);
      if (at === -1) {
        order.splice(after + 1, 0, slot);
        after += 1;
      } else after = Math.max(after, at);
    }
  }
  const slots: FamilySlot[] = order.map((id) => {
    const c = family.correspondences.find((x) => x.id === id) ?? null;
    let previous: FamilyCell | null = null;
    const cells = params.map((list, member) => {
      const index = list.findIndex((p) => slotOf(p.name) === id);
      if (index === -1) return null;
      const p = list[index];
      const cell: FamilyCell = {
        name: p.name,
        position: index + 1,
        cType: p.cType,
        dtypes: [...p.dtypes],
        optional: p.optional,
        change:
          previous === null
            ? member === 0
              ? 'same'
              : 'new'
            : previous.name === p.name && previous.cType === p.cType && same(previous.dtypes, p.dtypes)
              ? 'same'
              : 'changed',
        provenance: p.provenance,
        sources: p.sources,
      };
      previous = cell;
      return cell;
    });
    const names = [...new Set(cells.flatMap((x) => (x ? [x.name] : [])))];
    return {id, names, correspondence: c && {text: c.text, provenance: c.provenance, sources: c.sources}, cells};
  });

  const products: {id: string; name: L10n}[] = [];
  for (const m of members) for (const p of m.products) if (!products.some((x) => x.id === p.id)) products.push(p);

  const label = (api: string) => labels[family.members.indexOf(api)] ?? api;
  return {
    id: family.id,
    title: family.title,
    members,
    products: products.map(({id, name}) => ({id, name})),
    slots,
    decisions: family.decisions.map((d) => ({
      id: d.id,
      when: d.when,
      because: d.because,
      recommend: {api: d.recommend, label: label(d.recommend)},
      provenance: d.provenance,
      sources: d.sources,
    })),
  };
}

/**
 * Problems with what the comparison adds to a family (the member notes and the parameter
 * correspondences; members and decisions are linted by specLint's lintFamilies): a note on a
 * non-member or on a related-API member (which carries its own facts), an operator-spec member
 * without notes, an unknown release, a correspondence name no member has.
 */
export function lintFamilyComparison(
  families: readonly Family[],
  ops: readonly OperatorSpec[],
  apis: readonly ApiSpec[],
  releaseIds: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const f of families) {
    const where = `family ${f.id}`;
    const names = new Set<string>();
    for (const api of f.members) {
      const found = memberSpec(api, ops, apis);
      if (!found) continue;
      found.spec.parameters.forEach((p) => names.add(p.name));
      const kinds = f.memberNotes.filter((n) => n.api === api).map((n) => n.kind);
      // Only families that use member notes must give them for every operator-spec member.
      if (found.kind === 'operator' && f.memberNotes.length > 0) {
        for (const k of ['adds', 'first-release'] as const) {
          if (!kinds.includes(k)) problems.push(`${where}: operator member ${api} has no "${k}" note`);
        }
      }
    }
    for (const n of f.memberNotes) {
      const found = memberSpec(n.api, ops, apis);
      if (!f.members.includes(n.api) || !found) problems.push(`${where}: note on non-member ${n.api}`);
      else if (found.kind === 'api') problems.push(`${where}: ${n.api} carries its own facts; no member note for it`);
      if (n.kind === 'first-release' && n.release === undefined) {
        problems.push(`${where}: first-release note of ${n.api} needs \`release\` (null: undetermined)`);
      }
      if (n.release && !releaseIds.includes(n.release))
        problems.push(`${where}: ${n.api}: unknown release "${n.release}"`);
    }
    for (const c of f.correspondences) {
      for (const n of c.names)
        if (!names.has(n)) problems.push(`${where}: correspondence ${c.id}: no member has "${n}"`);
    }
  }
  return problems;
}
