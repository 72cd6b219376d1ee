/**
 * The framework mapping of an operator (spec field `frameworks`): for one framework call (e.g.
 * torch_npu's `torch_npu.npu_mm_all_reduce_base`), its declared signature, the conditions under
 * which it calls which aclnn API, and how its arguments map to that API's parameters. Static
 * markup (document pages ship no React). Anchors: the call's heading `#framework-<call>` is written
 * by the page; rows `#framework-<call>-when-<id>`, `#framework-<call>-param-<arg>`,
 * `#framework-<call>-return`, `#framework-<call>-const-<target>` (src/lib/anchors.ts).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import clsx from 'clsx';
import {frameworkConditionAnchor, frameworkParamAnchor, paramAnchor} from '@site/src/lib/anchors';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ProvenanceBadges, SpecTable} from '../Anchored';
import {VersionMarks} from '../Versioned';
import {CamelName} from '../ParamTable';
import styles from './styles.module.css';

type LocalCall = ReturnType<typeof useOperator>['frameworks'][number];
type LocalRow = LocalCall['parameters'][number];

/** The pinned commit the call was read at (its first citation), e.g. `Ascend/op-plugin master 517f2e7d0f (2026-08-21)`. */
function readAt(call: LocalCall): string | null {
  const c = call.sources[0];
  if (!c || !c.commit) return null;
  return `${c.repository} ${c.release} ${c.commit.slice(0, 10)} (${c.date ?? ''})`;
}

function rowLabel(row: LocalRow): string {
  if (row.role === 'return') return translate({id: 'framework.row.return', message: '返回值'});
  if (row.role === 'constant') return translate({id: 'framework.row.constant', message: '（无对应参数）'});
  return row.arg ?? '';
}

export default function FrameworkMapping({op, call: callId}: {op: string; call: string}): ReactNode {
  const spec = useOperator(op);
  const call = spec.frameworks.find((f) => f.id === callId);
  if (!call) throw new Error(`${op}: no framework call "${callId}"`);
  const own = new Set(spec.parameters.map((p) => p.name));
  const at = readAt(call);
  const apis = call.targetApis.join(' / ');
  const factBase = `${op}/framework`;
  const all = call.conditionLogic === 'all';
  return (
    <div className={styles.call} data-framework={call.id}>
      <p>
        <strong>{translate({id: 'framework.function', message: 'Python 函数：'})}</strong>
        <code>{call.function}</code>{' '}
        <span className={call.reachesThisOperator ? styles.reaches : styles.notReaches}>
          {call.reachesThisOperator
            ? translate({id: 'framework.reaches', message: '可到达本接口'})
            : translate({id: 'framework.notReaches', message: '不会调用本接口'})}
        </span>
      </p>
      <p>
        <SpecText text={call.summary} /> <ProvenanceBadges provenance={call.provenance} sources={call.sources} />
        <VersionMarks fact={`${factBase}/${call.id}`} />
      </p>
      {at && (
        <p className={styles.readAt}>
          {translate(
            {
              id: 'framework.readAt',
              message: '读自 {at}。本节描述该适配代码的行为，不随上方的 CANN 版本选择变化。',
            },
            {at},
          )}
        </p>
      )}
      <p className={styles.signatureLabel}>
        {translate({id: 'framework.signature', message: '声明（op_plugin_functions.yaml）：'})}
      </p>
      <pre className={styles.signature}>
        <code>{call.signature}</code>
      </pre>
      <SpecTable
        caption={
          all
            ? translate(
                {id: 'framework.conditions.all', message: '{fn} 调用 {api} 的条件（须全部满足）'},
                {fn: call.function, api: call.conditions[0]!.api},
              )
            : translate(
                {id: 'framework.conditions.first', message: '{fn} 调用哪个 aclnn 接口（按顺序检查，第一条成立的决定）'},
                {fn: call.function},
              )
        }
        headers={[
          translate({id: 'framework.col.condition', message: '条件'}),
          // with `all`, every condition leads to the one API the caption names
          ...(all ? [] : [translate({id: 'framework.col.api', message: '调用的接口'})]),
          translate({id: 'framework.col.text', message: '内容'}),
        ]}
        className={clsx(styles.table, all ? styles.twoColumns : styles.threeColumns)}>
        {call.conditions.map((c, i) => {
          const id = frameworkConditionAnchor(call.id, c.id);
          const fact = `${factBase}-condition/${call.id}-${c.id}`;
          return (
            <AnchoredRow key={c.id} id={id} fact={fact}>
              <th scope="row">
                {call.conditionLogic === 'first-match' && <span className={styles.order}>{i + 1}. </span>}
                <code>{c.id}</code>
                <AnchorLink id={id} label={c.id} />
                <VersionMarks fact={fact} />
              </th>
              {!all && (
                <td>
                  <code className={styles.api}>
                    <CamelName name={c.api} />
                  </code>
                </td>
              )}
              <td>
                <SpecText text={c.text} />
                <div>
                  <ProvenanceBadges provenance={c.provenance} sources={c.sources} />
                </div>
              </td>
            </AnchoredRow>
          );
        })}
      </SpecTable>
      <SpecTable
        caption={translate(
          {id: 'framework.params.caption', message: '{fn} 的参数与 {apis} 参数的对应'},
          {fn: call.function, apis},
        )}
        headers={[
          translate({id: 'framework.col.arg', message: 'Python 参数'}),
          translate({id: 'framework.col.target', message: 'aclnn 参数'}),
          translate({id: 'framework.col.mapping', message: '传递方式'}),
        ]}
        className={clsx(styles.table, styles.threeColumns)}>
        {call.parameters.map((p) => {
          const id = frameworkParamAnchor(call.id, p);
          const fact = `${factBase}-param/${id.replace(/^framework-/, '').replace('-param-', '-')}`;
          const label = rowLabel(p);
          return (
            <AnchoredRow key={id} id={id} fact={fact}>
              <th scope="row">
                {p.role === 'argument' ? <code>{label}</code> : label}
                <AnchorLink id={id} label={p.role === 'argument' ? label : id} />
                <VersionMarks fact={fact} />
              </th>
              <td>
                {p.target === null ? (
                  translate({id: 'framework.notPassed', message: '不传递'})
                ) : call.reachesThisOperator && own.has(p.target) ? (
                  <Link to={`#${paramAnchor(p.target)}`}>
                    <code>{p.target}</code>
                  </Link>
                ) : (
                  <code>{p.target}</code>
                )}
              </td>
              <td>
                <SpecText text={p.mapping} />
                <div>
                  <ProvenanceBadges provenance={p.provenance} sources={p.sources} />
                </div>
              </td>
            </AnchoredRow>
          );
        })}
      </SpecTable>
      {call.notes.length > 0 && (
        <ul className={styles.notes}>
          {call.notes.map((n, i) => (
            <li key={i} data-fact={`${factBase}-note/${call.id}-${i + 1}`}>
              <SpecText text={n.text} /> <ProvenanceBadges provenance={n.provenance} sources={n.sources} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
