/** Error rows of an operator, phase 1 first, then phase 2 (the execute call). Anchor: `#error-<code>-<slug>`. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {errorAnchor} from '@site/src/lib/anchors';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, SpecTable} from '../Anchored';
import {VersionMarks} from '../Versioned';

export default function ErrorTable({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  const hasExecuteRows = spec.errors.some((e) => e.phase === 'execute');
  const caption = hasExecuteRows
    ? translate(
        {id: 'error.caption.both', message: '{fn} 与 {exec} 返回的错误码'},
        {fn: spec.prototypes.getWorkspaceSize.name, exec: spec.prototypes.execute.name},
      )
    : translate({id: 'error.caption', message: '{fn} 返回的错误码'}, {fn: spec.prototypes.getWorkspaceSize.name});
  const rows = [...spec.errors].sort((a, b) => Number(a.phase === 'execute') - Number(b.phase === 'execute'));
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'error.col.status', message: '返回值'}),
        translate({id: 'error.col.code', message: '错误码'}),
        translate({id: 'error.col.when', message: '出现场景'}),
        translate({id: 'error.col.params', message: '涉及参数'}),
      ]}>
      {rows.map((e) => {
        const id = errorAnchor(e);
        const paramPrefix = e.phase === 'execute' ? 'exec-param-' : 'param-';
        return (
          <AnchoredRow key={id} id={id} fact={`${op}/error/${e.code}-${e.slug}`}>
            <th scope="row">
              <code>{e.status}</code>
              <AnchorLink id={id} label={`${e.code} ${e.slug}`} />
              <VersionMarks fact={`${op}/error/${e.code}-${e.slug}`} />
            </th>
            <td>
              <Link to={`/concepts/return-codes#status-${e.code}`}>{e.code}</Link>
            </td>
            <td>
              {e.phase === 'execute' && (
                <strong>
                  {translate(
                    {id: 'error.phase.execute', message: '第二段（{fn}）：'},
                    {fn: spec.prototypes.execute.name},
                  )}
                </strong>
              )}
              <SpecText text={e.when} />
              <div>
                <ProvenanceBadges provenance={e.provenance} sources={e.sources} />
                <ErrataLinks ids={e.errata} />
              </div>
            </td>
            <td>
              {e.params.length === 0
                ? '—'
                : e.params.map((p, i) => (
                    <React.Fragment key={p}>
                      {i > 0 && ' '}
                      <Link to={`#${paramPrefix}${p}`}>
                        <code>{p}</code>
                      </Link>
                    </React.Fragment>
                  ))}
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}
