/**
 * Every constraint of both operators in one filterable table (/constraints). This renders the
 * static markup (every row, each carrying what the filters look at as data attributes); the
 * filtering itself is src/enhance/constraintFilters.ts (filters mirrored in the URL query so a
 * filtered view can be linked; user input is only ever handled as text).
 */
import React, {useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {constraintRows, rowText} from '@site/src/lib/constraintIndex';
import {DTypes} from '@site/src/operators/constants';
import type {LocalOperator} from '@site/src/plugins/operator-specs/types';
import type {ResolvedCitation} from '@site/src/lib/sources/links';
import SpecText from '../SpecText';
import {ProvenanceBadges, SpecTable} from '../Anchored';
import styles from './styles.module.css';
import {factAttributes, VersionMarks} from '../Versioned';
import {CamelName} from '../ParamTable';

/** `ops`: the generated `constraint-index.json` (every operator's id and constraints, localised). */
export default function ConstraintIndex({ops}: {ops: Pick<LocalOperator, 'id' | 'constraints'>[]}): ReactNode {
  const rows = useMemo(() => constraintRows<string, ResolvedCitation>(ops), [ops]);
  const params = [...new Set(rows.flatMap((r) => r.params))].sort((a, b) => a.localeCompare(b));
  const shown = rows;
  const all = translate({id: 'constraintIndex.all', message: '全部'});
  const captionTemplate = (shownCount: string | number, total: string | number) =>
    translate(
      {id: 'constraintIndex.caption', message: '约束索引：显示 {shown} / {total} 条'},
      {shown: shownCount, total},
    );
  const caption = captionTemplate(shown.length, rows.length);

  return (
    <>
      <form
        className={styles.filters}
        role="search"
        aria-label={translate({id: 'constraintIndex.filters', message: '筛选约束'})}
        data-constraint-filters=""
        data-caption={captionTemplate('{shown}', '{total}')}>
        <label>
          {translate({id: 'constraintIndex.filter.operator', message: '算子'})}
          <select name="op" defaultValue="">
            <option value="">{all}</option>
            {ops.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {translate({id: 'constraintIndex.filter.param', message: '参数'})}
          <select name="param" defaultValue="">
            <option value="">{all}</option>
            {params.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {translate({id: 'constraintIndex.filter.dtype', message: '数据类型'})}
          <select name="dtype" defaultValue="">
            <option value="">{all}</option>
            {DTypes.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.text}>
          {translate({id: 'constraintIndex.filter.text', message: '关键字'})}
          <input
            type="search"
            name="q"
            defaultValue=""
            maxLength={200}
            placeholder={translate({id: 'constraintIndex.filter.text.placeholder', message: '如 65535、shape、161002'})}
          />
        </label>
        <button type="reset" className="button button--secondary button--sm">
          {translate({id: 'constraintIndex.reset', message: '清除筛选'})}
        </button>
      </form>
      <p className={styles.count} aria-live="polite" data-constraint-count="">
        {caption}
      </p>
      <SpecTable
        caption={caption}
        captionHidden
        className={styles.table}
        headers={[
          translate({id: 'constraintIndex.col.constraint', message: '约束'}),
          translate({id: 'constraintIndex.col.operator', message: '算子'}),
          translate({id: 'constraintIndex.col.params', message: '涉及参数'}),
          translate({id: 'constraintIndex.col.statement', message: '内容'}),
          translate({id: 'constraintIndex.col.source', message: '来源'}),
          translate({id: 'constraintIndex.col.status', message: '违反时返回'}),
        ]}>
        {shown.map((r) => (
          <tr
            key={`${r.operator}#${r.id}`}
            data-constraint={`${r.operator}#${r.id}`}
            data-op={r.operator}
            data-params={r.params.join(' ')}
            data-dtypes={r.dtypes.join(' ')}
            data-text={rowText(r)}
            {...factAttributes(`${r.operator}/constraint/${r.id}`)}>
            <th scope="row">
              <Link to={r.href}>
                <code>{r.id}</code>
              </Link>
              <VersionMarks fact={`${r.operator}/constraint/${r.id}`} />
            </th>
            <td>
              <code className={styles.op}>
                <CamelName name={r.operator.replace(/^aclnn/, '')} />
              </code>
            </td>
            <td>
              {r.params.length === 0
                ? '—'
                : r.params.map((p) => (
                    <code key={p} className={styles.param}>
                      <CamelName name={p} />
                    </code>
                  ))}
            </td>
            <td>
              <SpecText text={r.statement} />
            </td>
            <td>
              <ProvenanceBadges provenance={r.provenance} sources={r.sources} />
            </td>
            <td>
              {r.status === undefined ? '—' : <Link to={`/concepts/return-codes#status-${r.status}`}>{r.status}</Link>}
            </td>
          </tr>
        ))}
      </SpecTable>
    </>
  );
}
