/** Phase-1 error rows of an operator. Anchor: `#error-<code>-<slug>`. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {errorAnchor} from '@site/src/lib/anchors';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, ErrataLinks, ProvenanceBadges, SpecTable} from '../Anchored';

export default function ErrorTable({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  const caption = translate(
    {id: 'error.caption', message: '{fn} 返回的错误码'},
    {fn: spec.prototypes.getWorkspaceSize.name},
  );
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'error.col.status', message: '返回值'}),
        translate({id: 'error.col.code', message: '错误码'}),
        translate({id: 'error.col.when', message: '出现场景'}),
        translate({id: 'error.col.params', message: '涉及参数'}),
      ]}>
      {spec.errors.map((e) => {
        const id = errorAnchor(e);
        return (
          <AnchoredRow key={id} id={id}>
            <th scope="row">
              <code>{e.status}</code>
              <AnchorLink id={id} label={`${e.code} ${e.slug}`} />
            </th>
            <td>
              <Link to={`/concepts/return-codes#status-${e.code}`}>{e.code}</Link>
            </td>
            <td>
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
                      <Link to={`#param-${p}`}>
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
