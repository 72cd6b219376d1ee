/**
 * A family page's tables (/families/<id>), all computed at build time from the members' specs
 * (src/lib/family.ts via the operator-families plugin): the versions (what each adds, first
 * release), product support, the first-phase prototypes compared parameter by parameter, and the
 * "which one do I call?" list. Anchors: `#member-<api>`, `#diff-<slot>`, `#decision-<id>`.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import type {LocalFamily, LocalFamilyMember} from '@site/src/plugins/families/types';
import {apiPagePath, operatorPath} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ProvenanceBadges, ScrollTable, SpecTable, useAnchor} from '../Anchored';
import {CamelName} from '../ParamTable';
import styles from './styles.module.css';

type Props = {family: LocalFamily};

function memberPath(m: Pick<LocalFamilyMember, 'api' | 'kind'>): string {
  return m.kind === 'operator' ? operatorPath(m.api) : apiPagePath(m.api);
}

function MemberLink({m}: {m: LocalFamilyMember}): ReactNode {
  return (
    <Link to={memberPath(m)}>
      <code>
        <CamelName name={m.api} />
      </code>
    </Link>
  );
}

/** One row per version: the API, what it adds, its first release and the size of its prototype. */
export function FamilyVersions({family}: Props): ReactNode {
  return (
    <SpecTable
      caption={translate({id: 'familyCompare.versions.caption', message: '{family}：各版本'}, {family: family.title})}
      className={styles.versions}
      headers={[
        translate({id: 'familyCompare.col.version', message: '版本'}),
        translate({id: 'familyCompare.col.adds', message: '相对前一版本新增'}),
        translate({id: 'familyCompare.col.firstRelease', message: '最早发布'}),
        translate({id: 'familyCompare.col.parameters', message: '参数个数'}),
      ]}>
      {family.members.map((m) => {
        const anchor = `member-${m.api}`;
        return (
          <AnchoredRow key={m.api} id={anchor}>
            <th scope="row">
              <span className={styles.label}>{m.label}</span> <MemberLink m={m} />
              <AnchorLink id={anchor} label={m.api} />
            </th>
            <td>
              {m.adds.length === 0 ? (
                <SpecText text={m.summary} />
              ) : (
                m.adds.map((a, i) => (
                  <p key={i} className={styles.cellText}>
                    <SpecText text={a.text} /> <ProvenanceBadges provenance={a.provenance} sources={a.sources} />
                  </p>
                ))
              )}
            </td>
            <td>
              <strong>
                {m.firstRelease ?? translate({id: 'familyCompare.firstRelease.undetermined', message: '无法确定'})}
              </strong>
              {m.firstReleaseNote && (
                <p className={styles.cellText}>
                  <SpecText text={m.firstReleaseNote.text} />{' '}
                  <ProvenanceBadges provenance={m.firstReleaseNote.provenance} sources={m.firstReleaseNote.sources} />
                </p>
              )}
            </td>
            <td className={styles.number}>{m.parameterCount}</td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}

/** Product support: one row per product, one column per version, each cell cited. */
export function FamilyProducts({family}: Props): ReactNode {
  return (
    <SpecTable
      caption={translate(
        {id: 'familyCompare.products.caption', message: '{family}：各版本支持的产品'},
        {family: family.title},
      )}
      headers={[translate({id: 'familyCompare.col.product', message: '产品'}), ...family.members.map((m) => m.label)]}>
      {family.products.map((p) => (
        <tr key={p.id}>
          <th scope="row">{p.name}</th>
          {family.members.map((m) => {
            const row = m.products.find((x) => x.id === p.id);
            return (
              <td key={m.api} className={styles.productCell}>
                {row === undefined ? (
                  translate({id: 'familyCompare.product.unlisted', message: '未列出'})
                ) : (
                  <>
                    <span className={row.supported ? styles.yes : styles.no}>
                      {row.supported
                        ? translate({id: 'product.supported', message: '✓ 支持'})
                        : translate({id: 'product.unsupported', message: '✗ 不支持'})}
                    </span>{' '}
                    <ProvenanceBadges provenance={row.provenance} sources={row.sources} />
                  </>
                )}
              </td>
            );
          })}
        </tr>
      ))}
    </SpecTable>
  );
}

function changeLabel(change: 'new' | 'changed' | 'same'): string | null {
  switch (change) {
    case 'new':
      return translate({id: 'familyCompare.change.new', message: '新增'});
    case 'changed':
      return translate({id: 'familyCompare.change.changed', message: '有变化'});
    case 'same':
      return null;
  }
}

/**
 * The first-phase prototypes side by side: one row per parameter slot (renamed parameters share a
 * row, see the correspondence under its name), one column per version. A cell gives the name, its
 * position in that prototype and its element types, and says when it is new or changed.
 */
export function FamilyPrototypeDiff({family}: Props): ReactNode {
  const caption = translate(
    {id: 'familyCompare.diff.caption', message: '{family}：第一段接口原型逐参数对比'},
    {family: family.title},
  );
  return (
    <ScrollTable label={caption}>
      <table className={styles.diff}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{translate({id: 'familyCompare.col.slot', message: '参数'})}</th>
            {family.members.map((m) => (
              <th scope="col" key={m.api}>
                {m.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {family.slots.map((s) => {
            const anchor = `diff-${s.id}`;
            return (
              <AnchoredRow key={s.id} id={anchor}>
                <th scope="row">
                  {s.names.map((n, i) => (
                    <React.Fragment key={n}>
                      {i > 0 && ' / '}
                      <code>
                        <CamelName name={n} />
                      </code>
                    </React.Fragment>
                  ))}
                  <AnchorLink id={anchor} label={s.names.join(' / ')} />
                  {s.correspondence && (
                    <p className={styles.cellText}>
                      <SpecText text={s.correspondence.text} />{' '}
                      <ProvenanceBadges provenance={s.correspondence.provenance} sources={s.correspondence.sources} />
                    </p>
                  )}
                </th>
                {s.cells.map((c, i) => {
                  const m = family.members[i];
                  if (c === null) {
                    return (
                      <td key={m.api} className={styles.absent}>
                        <span aria-label={translate({id: 'familyCompare.cell.absent', message: '无此参数'})}>—</span>
                      </td>
                    );
                  }
                  const change = changeLabel(c.change);
                  return (
                    <td key={m.api} className={clsx(c.change !== 'same' && styles.changed)}>
                      <Link to={`${memberPath(m)}#param-${c.name}`}>
                        <code>
                          <CamelName name={c.name} />
                        </code>
                      </Link>{' '}
                      <span className={styles.position}>#{c.position}</span>
                      {change && <span className={styles.change}>{change}</span>}
                      {c.dtypes.length > 0 && (
                        <span className={styles.dtypes}>
                          {c.dtypes.map((d, j) => (
                            <React.Fragment key={d}>
                              {j > 0 && ', '}
                              <span className={styles.dtype}>{d}</span>
                            </React.Fragment>
                          ))}
                        </span>
                      )}
                      {c.optional && (
                        <span className={styles.dtypes}>
                          {translate({id: 'familyCompare.cell.optional', message: '可选'})}
                        </span>
                      )}
                    </td>
                  );
                })}
              </AnchoredRow>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function DecisionItem({d, family}: {d: LocalFamily['decisions'][number]; family: LocalFamily}): ReactNode {
  const anchor = `decision-${d.id}`;
  useAnchor(anchor);
  const m = family.members.find((x) => x.api === d.recommend.api)!;
  return (
    <li id={anchor} className={clsx('anchored-row', styles.decision)} tabIndex={-1}>
      <SpecText text={d.when} />
      {translate({id: 'familyCompare.decision.arrow', message: '：调用 '})}
      <Link to={memberPath(m)} className={styles.call}>
        {d.recommend.label}
      </Link>{' '}
      <code>
        <CamelName name={m.api} />
      </code>
      {translate({id: 'familyCompare.decision.stop', message: '。'})} <SpecText text={d.because} />{' '}
      <ProvenanceBadges provenance={d.provenance} sources={d.sources} />
      <AnchorLink id={anchor} label={d.id} />
    </li>
  );
}

/** "Which one do I call?": the cited decision list. */
export function FamilyDecisions({family}: Props): ReactNode {
  return (
    <ol className={styles.decisions}>
      {family.decisions.map((d) => (
        <DecisionItem key={d.id} d={d} family={family} />
      ))}
    </ol>
  );
}
