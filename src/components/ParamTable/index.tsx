/**
 * The parameter table of one phase, rendered from the spec (an operator's, or a related API's:
 * `op` names either; for a single-function API, phase 1 is that function). Phase 1 has the full eight
 * columns; phase 2 (execute) parameters are never tensors, so their table drops the tensor
 * columns. Row anchors: `#param-<name>` (phase 1) and `#exec-param-<name>` (phase 2).
 */
import {camelParts} from '@site/src/lib/text';
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import type {NonContiguous} from '@site/src/operators/schema';
import {useTableSpec, type TableParameter} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, ScrollTable} from '../Anchored';
import styles from './styles.module.css';
import {VersionMarks} from '../Versioned';

type Phase = 'getWorkspaceSize' | 'execute';
/** A row of an operator or of a related API (its dtypes may be any of `ApiDTypes`). */
type LocalParameter = TableParameter;

function directionLabel(d: 'in' | 'out'): string {
  return d === 'in'
    ? translate({id: 'param.direction.in', message: '输入'})
    : translate({id: 'param.direction.out', message: '输出'});
}

function nonContiguousLabel(v: NonContiguous): string {
  switch (v) {
    case 'supported':
      return translate({id: 'param.noncontiguous.supported', message: '支持'});
    case 'unsupported':
      return translate({id: 'param.noncontiguous.unsupported', message: '不支持'});
    case 'transpose-only':
      return translate({id: 'param.noncontiguous.transposeOnly', message: '仅支持转置'});
    case 'unspecified':
      return translate({id: 'param.noncontiguous.unspecified', message: '未说明'});
    case 'not-applicable':
      return '—';
  }
}

const Dash = '—';

/**
 * A camelCase name with line-break opportunities before each inner capital
 * (`pertoken<wbr>Scale<wbr>Optional`), so a long name wraps at a word boundary in a narrow column
 * instead of widening it; copying the name gives it unchanged.
 */
export function CamelName({name}: {name: string}): ReactNode {
  const parts = camelParts(name);
  return parts.map((part, i) => (
    <React.Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </React.Fragment>
  ));
}

function NameCell({p, anchor, fact}: {p: LocalParameter; anchor: string; fact: string}): ReactNode {
  return (
    <th scope="row" className={styles.name}>
      <code>
        <CamelName name={p.name} />
      </code>
      <AnchorLink id={anchor} label={p.name} />
      <VersionMarks fact={fact} />
      {p.optional && <span className={styles.optional}>{translate({id: 'param.optional', message: '可选'})}</span>}
    </th>
  );
}

function Rules({p}: {p: LocalParameter}): ReactNode {
  return (
    <>
      {p.rules.length > 0 && (
        <ul className={styles.rules}>
          {p.rules.map((r, i) => (
            <li key={i}>
              <SpecText text={r} />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.meta}>
        <ProvenanceBadges provenance={p.provenance} sources={p.sources} />
        <ErrataLinks ids={p.errata} />
      </div>
    </>
  );
}

function List({items}: {items: string[]}): ReactNode {
  if (items.length === 0) return Dash;
  return (
    <span className={styles.list}>
      {items.map((x) => (
        <code key={x}>{x}</code>
      ))}
    </span>
  );
}

/** How many dims a parameter takes, for the summary: the documented dims text, else "—". */
function rankText(p: LocalParameter): string {
  return p.dims ?? Dash;
}

/**
 * The signature at a glance, above the table (as cuBLAS and cppreference lead): one line per
 * parameter, name · in/out · dtypes · formats · dims · nullable, each name linking to its row.
 */
export function ParamSummary({op, phase = 'getWorkspaceSize'}: {op: string; phase?: Phase}): ReactNode {
  const spec = useTableSpec(op);
  const execute = phase === 'execute';
  const rows = execute ? spec.executeParameters : spec.parameters;
  const nullable = translate({id: 'param.summary.nullable', message: '可为空'});
  return (
    <div className={styles.summary}>
      <p className={styles.summaryTitle} id={`${execute ? 'exec-' : ''}signature-summary`}>
        {translate({id: 'param.summary.title', message: '参数一览'})}
      </p>
      <ul aria-labelledby={`${execute ? 'exec-' : ''}signature-summary`}>
        {rows.map((p) => {
          const anchor = `${execute ? 'exec-param' : 'param'}-${p.name}`;
          const types = p.dtypes.length > 0 ? p.dtypes.join(' | ') : (p.valueType ?? p.cType);
          return (
            <li key={p.name}>
              <a href={`#${anchor}`}>
                <code>{p.name}</code>
              </a>
              <span className={styles.summaryDir}> · {directionLabel(p.direction)}</span> · <code>{types}</code>
              {p.formats.length > 0 && <> · {p.formats.join(' | ')}</>}
              {!execute && p.dims && <> · {rankText(p)}</>}
              {p.optional && (
                <>
                  {' '}
                  · <strong>{nullable}</strong>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * The table: one row per parameter with the columns people scan (name, in/out, dtype, format,
 * dims, non-contiguous; "optional" under the name), and under it a detail line spanning the
 * table with the meaning, the usage rules and the sources. The anchor is on the first row; the
 * detail row carries `data-detail-for` so the search index and the highlight treat both as one.
 * On phones each parameter becomes a card (CSS).
 */
export default function ParamTable({op, phase = 'getWorkspaceSize'}: {op: string; phase?: Phase}): ReactNode {
  const spec = useTableSpec(op);
  const execute = phase === 'execute';
  const rows = execute ? spec.executeParameters : spec.parameters;
  const fn = (execute ? spec.functions[1] : spec.functions[0]) ?? spec.functions[0];
  const caption = translate({id: 'param.caption', message: '{fn} 的参数'}, {fn});
  const h = {
    name: translate({id: 'param.col.name', message: '参数'}),
    dir: translate({id: 'param.col.direction', message: '输入/输出'}),
    dtype: translate({id: 'param.col.dtype', message: '数据类型'}),
    type: translate({id: 'param.col.type', message: '类型'}),
    format: translate({id: 'param.col.format', message: '数据格式'}),
    dims: translate({id: 'param.col.dims', message: '维度（shape）'}),
    nc: translate({id: 'param.col.noncontiguous', message: '非连续 Tensor'}),
    detail: translate({id: 'param.detail', message: '说明与使用要求'}),
  };
  const columns = execute ? 3 : 6;
  return (
    <ScrollTable label={caption} className={styles.scroll}>
      <table className={clsx(styles.table, execute ? styles.phase2 : styles.phase1)}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.name}</th>
            <th scope="col">{h.dir}</th>
            <th scope="col">{execute ? h.type : h.dtype}</th>
            {!execute && (
              <>
                <th scope="col">{h.format}</th>
                <th scope="col">{h.dims}</th>
                <th scope="col">{h.nc}</th>
              </>
            )}
          </tr>
        </thead>
        {rows.map((p) => {
          const anchor = `${execute ? 'exec-param' : 'param'}-${p.name}`;
          return (
            <tbody key={p.name} className={styles.param}>
              <AnchoredRow id={anchor} fact={`${op}/${execute ? 'execute-parameter' : 'parameter'}/${p.name}`}>
                <NameCell
                  p={p}
                  anchor={anchor}
                  fact={`${op}/${execute ? 'execute-parameter' : 'parameter'}/${p.name}`}
                />
                <td className={styles.dir} data-label={h.dir}>
                  {directionLabel(p.direction)}
                </td>
                <td data-label={execute ? h.type : h.dtype}>
                  {p.dtypes.length > 0 ? <List items={p.dtypes} /> : <code>{p.valueType ?? p.cType}</code>}
                </td>
                {!execute && (
                  <>
                    <td data-label={h.format}>
                      <List items={p.formats} />
                    </td>
                    <td data-label={h.dims}>{p.dims ? <SpecText text={p.dims} /> : Dash}</td>
                    <td className={styles.nc} data-label={h.nc}>
                      {nonContiguousLabel(p.nonContiguous)}
                    </td>
                  </>
                )}
              </AnchoredRow>
              <tr className={clsx('row-detail', styles.detail)} data-detail-for={anchor}>
                <td colSpan={columns}>
                  <span className="sr-only">{h.detail}: </span>
                  <p className={styles.meaning}>
                    <SpecText text={p.meaning} />
                  </p>
                  <Rules p={p} />
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </ScrollTable>
  );
}
