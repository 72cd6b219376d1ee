/**
 * "What changed, release by release" for one operator, generated from the version data
 * (src/lib/versions/changelog.ts; no hand-written list): for each pair of consecutive releases,
 * every fact of the operator (its rows and notes, the errata that concern it, the return codes)
 * that appears, disappears or changes, each linking to its row. Static rendering, no client state.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {changesOf, type FactChange} from '@site/src/lib/versions/changelog';
import type {FactState} from '@site/src/lib/versions';
import {useAnchor} from '../Anchored';

interface ErratumLink {
  id: string;
  label: string;
  title: string;
  operators: string[];
}

const KindLabels: Record<string, () => string> = {
  parameter: () => translate({id: 'changes.kind.parameter', message: '参数'}),
  'execute-parameter': () => translate({id: 'changes.kind.executeParameter', message: '第二段参数'}),
  error: () => translate({id: 'changes.kind.error', message: '错误码行'}),
  constraint: () => translate({id: 'changes.kind.constraint', message: '约束'}),
  formula: () => translate({id: 'changes.kind.formula', message: '公式'}),
  product: () => translate({id: 'changes.kind.product', message: '产品'}),
  notice: () => translate({id: 'changes.kind.notice', message: '提示'}),
  deprecation: () => translate({id: 'changes.kind.deprecation', message: '废弃说明'}),
  determinism: () => translate({id: 'changes.kind.determinism', message: '确定性'}),
  'version-note': () => translate({id: 'changes.kind.versionNote', message: '版本说明'}),
  erratum: () => translate({id: 'changes.kind.erratum', message: '勘误'}),
  status: () => translate({id: 'changes.kind.status', message: '返回码'}),
};

const TransitionLabels: Record<FactChange['transition'], () => string> = {
  appears: () => translate({id: 'changes.appears', message: '出现'}),
  disappears: () => translate({id: 'changes.disappears', message: '消失'}),
  changes: () => translate({id: 'changes.changes', message: '变化'}),
};

const StateLabels: Record<FactState, () => string> = {
  holds: () => translate({id: 'changes.state.holds', message: '成立'}),
  differs: () => translate({id: 'changes.state.differs', message: '有所不同'}),
  absent: () => translate({id: 'changes.state.absent', message: '不成立'}),
  undetermined: () => translate({id: 'changes.state.undetermined', message: '未确定'}),
};

/** `changes-8-5-0-9-0-0`: the anchor of a pair of releases (dots become dashes). */
export function pairAnchor(from: string, to: string): string {
  return `changes-${from}-${to}`.replace(/[^A-Za-z0-9-]/g, '-');
}

function Pair({from, to, items}: {from: string; to: string; items: FactChange[]}): ReactNode {
  const id = useAnchor(pairAnchor(from, to));
  return (
    <section className="cann-changes-pair" aria-labelledby={id}>
      <h2 id={id}>
        {from} → {to}
      </h2>
      {items.length === 0 ? (
        <p>{translate({id: 'changes.none', message: '本站的事实在这两个版本之间没有变化。'})}</p>
      ) : (
        <ul>
          {items.map((c) => (
            <li key={c.key} data-fact={c.key} data-transition={c.transition}>
              <span className="cann-badge">{TransitionLabels[c.transition]()}</span> {KindLabels[c.kind]?.() ?? c.kind}{' '}
              <Link to={c.href}>
                <code>{c.label}</code>
              </Link>{' '}
              <span className="cann-change-states">
                ({StateLabels[c.before]()} → {StateLabels[c.after]()})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function ChangeLog({op, errata}: {op: string; errata: readonly ErratumLink[]}): ReactNode {
  const errataOps = Object.fromEntries(errata.map((e) => [e.id, e.operators]));
  const labels = Object.fromEntries(errata.map((e) => [e.id, `${e.label} ${e.title}`]));
  const pairs = changesOf(op, errataOps);
  return (
    <div className="cann-changes" data-changes-of={op}>
      {pairs.map((p) => (
        <Pair
          key={`${p.from}-${p.to}`}
          from={p.from}
          to={p.to}
          items={p.items.map((c) =>
            c.kind === 'erratum'
              ? {...c, label: `${labels[c.key.split('/')[1]] ?? c.label} · ${c.key.split('/')[2]}`}
              : c,
          )}
        />
      ))}
    </div>
  );
}
