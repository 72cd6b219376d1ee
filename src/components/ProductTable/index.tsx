/** Product support of an operator or of a related API. */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useTableSpec} from '../OperatorData';
import SpecText from '../SpecText';
import {ProvenanceBadges, SpecTable} from '../Anchored';
import {factAttributes, VersionMarks} from '../Versioned';

export default function ProductTable({op}: {op: string}): ReactNode {
  const spec = useTableSpec(op);
  // The section heading already says "products"; the caption names the API instead of repeating it.
  const caption = translate({id: 'product.caption.api', message: '{op} 支持的产品'}, {op: spec.id});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'product.col.product', message: '产品'}),
        translate({id: 'product.col.supported', message: '是否支持'}),
        translate({id: 'product.col.source', message: '来源与说明'}),
      ]}>
      {spec.products.map((p) => (
        <tr key={p.id} {...factAttributes(`${op}/product/${p.id}`)}>
          <th scope="row">
            {p.name}
            <VersionMarks fact={`${op}/product/${p.id}`} />
          </th>
          <td style={{whiteSpace: 'nowrap'}}>
            {p.supported
              ? translate({id: 'product.supported', message: '✓ 支持'})
              : translate({id: 'product.unsupported', message: '✗ 不支持'})}
          </td>
          <td>
            <ProvenanceBadges provenance={p.provenance} sources={p.sources} />
            {p.note && (
              <>
                {' '}
                <SpecText text={p.note} />
              </>
            )}
          </td>
        </tr>
      ))}
    </SpecTable>
  );
}
