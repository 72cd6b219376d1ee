/**
 * The parameter table of one phase, rendered from the spec. Phase 1 has the full eight
 * columns; phase 2 (execute) parameters are never tensors, so their table drops the tensor
 * columns. Row anchors: `#param-<name>` (phase 1) and `#exec-param-<name>` (phase 2).
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import type {LocalParameter} from '@site/src/plugins/operator-specs/types';
import type {NonContiguous} from '@site/src/operators/schema';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, ScrollTable} from '../Anchored';
import styles from './styles.module.css';

type Phase = 'getWorkspaceSize' | 'execute';

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

function NameCell({p, anchor}: {p: LocalParameter; anchor: string}): ReactNode {
  return (
    <th scope="row" className={styles.name}>
      <code>{p.name}</code>
      <AnchorLink id={anchor} label={p.name} />
      {p.optional && <span className={styles.optional}>{translate({id: 'param.optional', message: '可选'})}</span>}
    </th>
  );
}

function Rules({p}: {p: LocalParameter}): ReactNode {
  return (
    <>
      {p.rules.length > 0 ? (
        <ul className={styles.rules}>
          {p.rules.map((r, i) => (
            <li key={i}>
              <SpecText text={r} />
            </li>
          ))}
        </ul>
      ) : (
        Dash
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

export default function ParamTable({op, phase = 'getWorkspaceSize'}: {op: string; phase?: Phase}): ReactNode {
  const spec = useOperator(op);
  const execute = phase === 'execute';
  const rows = execute ? spec.executeParameters : spec.parameters;
  const fn = execute ? spec.prototypes.execute.name : spec.prototypes.getWorkspaceSize.name;
  const caption = translate({id: 'param.caption', message: '{fn} 的参数'}, {fn});
  const h = {
    name: translate({id: 'param.col.name', message: '参数'}),
    dir: translate({id: 'param.col.direction', message: '输入/输出'}),
    meaning: translate({id: 'param.col.meaning', message: '说明'}),
    rules: translate({id: 'param.col.rules', message: '使用说明'}),
    dtype: translate({id: 'param.col.dtype', message: '数据类型'}),
    type: translate({id: 'param.col.type', message: '类型'}),
    format: translate({id: 'param.col.format', message: '数据格式'}),
    dims: translate({id: 'param.col.dims', message: '维度（shape）'}),
    nc: translate({id: 'param.col.noncontiguous', message: '非连续 Tensor'}),
  };
  return (
    <ScrollTable label={caption}>
      <table className={clsx(styles.table, execute ? styles.phase2 : styles.phase1)}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{h.name}</th>
            <th scope="col">{h.dir}</th>
            <th scope="col">{h.meaning}</th>
            <th scope="col">{h.rules}</th>
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
        <tbody>
          {rows.map((p) => {
            const anchor = `${execute ? 'exec-param' : 'param'}-${p.name}`;
            return (
              <AnchoredRow key={p.name} id={anchor}>
                <NameCell p={p} anchor={anchor} />
                <td className={styles.nowrap}>{directionLabel(p.direction)}</td>
                <td>
                  <SpecText text={p.meaning} />
                </td>
                <td>
                  <Rules p={p} />
                </td>
                <td>{p.dtypes.length > 0 ? <List items={p.dtypes} /> : <code>{p.valueType ?? p.cType}</code>}</td>
                {!execute && (
                  <>
                    <td>
                      <List items={p.formats} />
                    </td>
                    <td>{p.dims ? <SpecText text={p.dims} /> : Dash}</td>
                    <td className={styles.nowrap}>{nonContiguousLabel(p.nonContiguous)}</td>
                  </>
                )}
              </AnchoredRow>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
