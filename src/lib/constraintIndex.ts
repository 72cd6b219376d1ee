/**
 * The constraint index: every constraint of every operator as one row, and the filters of
 * the /constraints page (pure; the page and the tests share it). Filters live in the URL
 * query (`?op=…&param=…&dtype=…&q=…`) so a filtered view can be linked.
 */
import {DTypes} from '../operators/constants';
import type {Provenance} from '../operators/schema';

/** The minimal spec shape the index needs (works with the validated or the localised spec). */
export interface IndexSourceOperator<S, C = unknown> {
  id: string;
  constraints: {
    /** The citations (resolved on the pages). */
    sources: C[];
    id: string;
    group: string;
    statement: S;
    params: string[];
    provenance: Provenance[];
    status?: number;
    note?: S;
  }[];
}

export interface ConstraintRow<S, C = unknown> {
  operator: string;
  sources: C[];
  id: string;
  /** `/operators/<op>#constraint-<id>` */
  href: string;
  group: string;
  statement: S;
  note?: S;
  params: string[];
  provenance: Provenance[];
  status?: number;
  /** Dtypes the rule mentions (for the dtype filter). */
  dtypes: string[];
}

/** Dtype names mentioned in a text (whole words), in canonical order. */
export function mentionedDtypes(text: string): string[] {
  return DTypes.filter((d) => new RegExp(`(^|[^A-Z0-9_])${d}([^A-Z0-9_]|$)`).test(text));
}

function plain(s: unknown): string {
  if (typeof s === 'string') return s;
  if (s && typeof s === 'object') return Object.values(s).join(' ');
  return '';
}

/** One row per constraint, operators and constraints in spec order. */
export function constraintRows<S, C = unknown>(ops: IndexSourceOperator<S, C>[]): ConstraintRow<S, C>[] {
  return ops.flatMap((op) =>
    op.constraints.map((c) => ({
      operator: op.id,
      id: c.id,
      href: `/operators/${op.id}#constraint-${c.id}`,
      group: c.group,
      statement: c.statement,
      note: c.note,
      params: c.params,
      provenance: c.provenance,
      sources: c.sources,
      status: c.status,
      dtypes: mentionedDtypes(`${plain(c.statement)} ${plain(c.note)}`),
    })),
  );
}

export interface Filters {
  op: string;
  param: string;
  dtype: string;
  q: string;
}

export const NoFilters: Filters = {op: '', param: '', dtype: '', q: ''};

/** Read filters from a query string; unknown keys are ignored and values are plain strings. */
export function parseFilters(search: string): Filters {
  const p = new URLSearchParams(search);
  const get = (k: string) => (p.get(k) ?? '').slice(0, 200);
  return {op: get('op'), param: get('param'), dtype: get('dtype'), q: get('q')};
}

/** The query string for filters (empty filters are omitted; '' when none). */
export function filtersToSearch(f: Filters): string {
  const p = new URLSearchParams();
  for (const k of ['op', 'param', 'dtype', 'q'] as const) if (f[k]) p.set(k, f[k]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** What a filter looks at in one row (built from a ConstraintRow, or read from a rendered row). */
export interface FilterFields {
  operator: string;
  params: string[];
  dtypes: string[];
  /** Free text: operator, id, parameters, status code, statement and note. */
  text: string;
}

/** The free text of a row that the keyword filter searches. */
export function rowText<S, C>(r: ConstraintRow<S, C>): string {
  return [r.operator, r.id, ...r.params, r.status ?? '', plain(r.statement), plain(r.note)].join(' ');
}

/**
 * Whether a row matches every active filter. Free text matches (case-insensitively, every
 * word) the row's text. Shared by filterRows and the page's filter behaviour
 * (src/enhance/constraintFilters.ts).
 */
export function matchesFilters(r: FilterFields, f: Filters): boolean {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  if (f.op && r.operator !== f.op) return false;
  if (f.param && !r.params.includes(f.param)) return false;
  if (f.dtype && !r.dtypes.includes(f.dtype)) return false;
  if (words.length) {
    const hay = r.text.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * Rows matching every active filter. Free text matches (case-insensitively, every word) the
 * operator, id, parameters, status code and the statement/note text in any language given.
 */
export function filterRows<S, C>(rows: ConstraintRow<S, C>[], f: Filters): ConstraintRow<S, C>[] {
  return rows.filter((r) =>
    matchesFilters({operator: r.operator, params: r.params, dtypes: r.dtypes, text: rowText(r)}, f),
  );
}
