/**
 * Operator families (issue 14): the comparison a family page shows, computed from the members'
 * specs (operator specs and related-API specs) plus the family data (src/operators/families/), and
 * the lint that keeps the family data consistent with the specs. Pure: no I/O, no React.
 */
import type {ApiSpec, Citation, L10n, OperatorSpec, Provenance, Source} from '../operators/schema';
import type {Family} from '../operators/families/schema';

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
  /** Anchor `#slot-<id>`: the correspondence id, or the parameter name. */
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
  decisions: (CitedText & {id: string; calls: {api: string; label: string}[]})[];
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
  for (const m of family.members) {
    const found = memberSpec(m.api, ops, apis);
    if (!found) throw new Error(`family ${family.id}: unknown member ${m.api}`);
    const spec = found.spec;
    params.push(spec.parameters);
    if (found.kind === 'operator') {
      members.push({
        api: m.api,
        label: m.label,
        kind: 'operator',
        header: spec.header,
        summary: spec.summary,
        adds: m.adds ? [m.adds] : [],
        firstRelease: m.firstRelease?.release ?? null,
        firstReleaseNote: m.firstRelease ?? null,
        products: spec.products,
        parameterCount: spec.parameters.length,
      });
    } else {
      const api = found.spec;
      const presence = api.facts.find((f) => f.id === ReleasePresenceFact) ?? null;
      members.push({
        api: m.api,
        label: m.label,
        kind: 'api',
        header: api.header,
        summary: api.summary,
        adds: api.facts.filter((f) => f.kind === 'adds'),
        firstRelease: api.firstRelease?.release ?? null,
        firstReleaseNote: api.firstRelease ?? presence,
        products: api.products,
        parameterCount: api.parameters.length,
      });
    }
  }

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

  const label = (api: string) => family.members.find((m) => m.api === api)?.label ?? api;
  return {
    id: family.id,
    title: family.title,
    members,
    products: products.map(({id, name}) => ({id, name})),
    slots,
    decisions: family.decisions.map((d) => ({...d, calls: d.calls.map((api) => ({api, label: label(api)}))})),
  };
}

/** Problems with the family data: unknown members, releases or sources, stray names, a member missing. */
export function lintFamilies(
  families: readonly Family[],
  ops: readonly OperatorSpec[],
  apis: readonly ApiSpec[],
  releaseIds: readonly string[],
  sources: readonly Source[],
): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const f of families) {
    const where = `family ${f.id}`;
    const labels = new Set<string>();
    const names = new Set<string>();
    for (const m of f.members) {
      if (labels.has(m.label)) problems.push(`${where}: label ${m.label} used twice`);
      labels.add(m.label);
      const found = memberSpec(m.api, ops, apis);
      if (!found) {
        problems.push(`${where}: member ${m.api} is neither an operator spec nor a related-API spec`);
        continue;
      }
      found.spec.parameters.forEach((p) => names.add(p.name));
      if (found.kind === 'operator' && (!m.adds || !m.firstRelease)) {
        problems.push(`${where}: operator member ${m.api} needs \`adds\` and \`firstRelease\` in the family data`);
      }
      if (found.kind === 'api') {
        if (m.adds || m.firstRelease) {
          problems.push(`${where}: related-API member ${m.api} carries its own facts; remove adds/firstRelease here`);
        }
        if (found.spec.family !== f.id) problems.push(`${where}: ${m.api} has family "${found.spec.family}"`);
      }
      const release = m.firstRelease?.release;
      if (release && !releaseIds.includes(release)) problems.push(`${where}: ${m.api}: unknown release "${release}"`);
    }
    for (const api of apis) {
      if (api.family === f.id && !f.members.some((m) => m.api === api.id)) {
        problems.push(`${where}: ${api.id} names the family but is not a member`);
      }
    }
    for (const c of f.correspondences) {
      for (const n of c.names)
        if (!names.has(n)) problems.push(`${where}: correspondence ${c.id}: no member has "${n}"`);
    }
    for (const d of f.decisions) {
      for (const api of d.calls) {
        if (!f.members.some((m) => m.api === api)) problems.push(`${where}: choose ${d.id}: ${api} is not a member`);
      }
    }
    const cited = [
      ...f.members.flatMap((m) => [...(m.adds?.sources ?? []), ...(m.firstRelease?.sources ?? [])]),
      ...f.correspondences.flatMap((c) => c.sources),
      ...f.decisions.flatMap((d) => d.sources),
    ];
    for (const c of cited) if (!sourceIds.has(c.source)) problems.push(`${where}: unknown source "${c.source}"`);
  }
  return problems;
}
