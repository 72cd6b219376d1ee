/**
 * Constraints of an operator, one group at a time: `documented` (seed and later docs) or
 * `implementation` (what the open-source phase-1 check verifies; visibly marked).
 * Anchor: `#constraint-<id>`.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import {constraintAnchor, execParamAnchor, paramAnchor} from '@site/src/lib/anchors';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, SpecTable} from '../Anchored';
import styles from './styles.module.css';
import {VersionMarks} from '../Versioned';

export default function ConstraintTable({op, group}: {op: string; group: 'documented' | 'implementation'}): ReactNode {
  const spec = useOperator(op);
  const rows = spec.constraints.filter((c) => c.group === group);
  // A constraint may name a phase-2 parameter (e.g. stream); link to the row that exists.
  const paramAnchorFor = (name: string): string =>
    spec.parameters.some((x) => x.name === name) ? paramAnchor(name) : execParamAnchor(name);
  const caption =
    group === 'documented'
      ? translate({id: 'constraint.caption.documented', message: '文档规定的约束'})
      : translate({id: 'constraint.caption.implementation', message: '第一段接口实际校验的内容（据开源实现）'});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'constraint.col.id', message: '约束'}),
        translate({id: 'constraint.col.statement', message: '内容'}),
        translate({id: 'constraint.col.status', message: '违反时返回'}),
      ]}
      className={clsx(styles.table, group === 'implementation' && styles.implementation)}>
      {rows.map((c) => {
        const id = constraintAnchor(c.id);
        return (
          <AnchoredRow key={c.id} id={id} fact={`${op}/constraint/${c.id}`}>
            <th scope="row" className={styles.id}>
              <code>{c.id}</code>
              <AnchorLink id={id} label={c.id} />
              <VersionMarks fact={`${op}/constraint/${c.id}`} />
            </th>
            <td>
              <SpecText text={c.statement} />
              {c.note && (
                <p className={styles.note}>
                  <SpecText text={c.note} />
                </p>
              )}
              {c.params.length > 0 && (
                <p className={styles.params}>
                  {translate({id: 'constraint.params', message: '涉及参数：'})}
                  {c.params.map((p, i) => (
                    <React.Fragment key={p}>
                      {i > 0 && ' '}
                      <Link to={`#${paramAnchorFor(p)}`}>
                        <code>{p}</code>
                      </Link>
                    </React.Fragment>
                  ))}
                </p>
              )}
              <div>
                <ProvenanceBadges provenance={c.provenance} sources={c.sources} />
                <ErrataLinks ids={c.errata} />
              </div>
            </td>
            <td className={styles.status}>
              {c.status === undefined ? '—' : <Link to={`/concepts/return-codes#status-${c.status}`}>{c.status}</Link>}
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}
