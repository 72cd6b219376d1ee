/** The aclnnStatus return codes. Anchor: `#status-<code>`. */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useStatusCodes} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, AnchoredRow, SourceLinks, SpecTable} from '../Anchored';
import {VersionMarks} from '../Versioned';

export default function StatusCodeTable(): ReactNode {
  const caption = translate({id: 'status.caption', message: 'aclnnStatus 返回码'});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'status.col.code', message: '返回码'}),
        translate({id: 'status.col.name', message: '名称'}),
        translate({id: 'status.col.meaning', message: '含义'}),
      ]}>
      {useStatusCodes().map((s) => {
        const id = `status-${s.code}`;
        return (
          <AnchoredRow key={s.code} id={id} fact={`status/${s.code}`}>
            <th scope="row">
              <code>{s.code}</code>
              <AnchorLink id={id} label={String(s.code)} />
              <VersionMarks fact={`status/${s.code}`} />
            </th>
            <td>
              <code>{s.name}</code>
            </td>
            <td>
              <SpecText text={s.meaning} />
              {s.sources.length > 0 && <SourceLinks sources={s.sources} />}
            </td>
          </AnchoredRow>
        );
      })}
    </SpecTable>
  );
}
