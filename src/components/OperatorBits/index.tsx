/** Small spec-driven blocks of an operator page: notices, deprecation, determinism, notes. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Admonition from '@theme/Admonition';
import {translate} from '@docusaurus/Translate';
import {useErrata, useOperator, erratumPath} from '../OperatorData';
import SpecText from '../SpecText';
import {ErrataLinks, ProvenanceBadges} from '../Anchored';

/** The operator's summary line. */
export function OperatorSummary({op}: {op: string}): ReactNode {
  return <SpecText text={useOperator(op).summary} />;
}

/** What the operator does, plus header and notices. */
export function OperatorIntro({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  return (
    <>
      <p>
        <SpecText text={spec.description} />
      </p>
      <p>
        {translate({id: 'operator.header', message: '头文件：'})}
        <code>{spec.header}</code>
      </p>
      {spec.notices.map((n, i) => (
        <Admonition key={i} type="note">
          <SpecText text={n.text} /> <ProvenanceBadges provenance={n.provenance} sources={n.sources} />
        </Admonition>
      ))}
    </>
  );
}

/** The deprecation banner (renders nothing for an operator that is not deprecated). */
export function DeprecationBanner({op}: {op: string}): ReactNode {
  const d = useOperator(op).deprecation;
  if (!d) return null;
  return (
    <Admonition
      type="danger"
      title={translate(
        {id: 'deprecation.title', message: '已废弃：请改用 {replacement}'},
        {replacement: d.replacement},
      )}>
      <p>
        <SpecText text={d.text} /> <ProvenanceBadges provenance={d.provenance} sources={d.sources} />
        <ErrataLinks ids={d.errata} />
      </p>
    </Admonition>
  );
}

export function Determinism({op}: {op: string}): ReactNode {
  const d = useOperator(op).determinism;
  return (
    <>
      <p>
        <strong>
          {d.deterministicByDefault
            ? translate({id: 'determinism.default.yes', message: '默认确定性计算。'})
            : translate({id: 'determinism.default.no', message: '默认非确定性计算。'})}
        </strong>{' '}
        <SpecText text={d.text} /> <ProvenanceBadges provenance={d.provenance} sources={d.sources} />
      </p>
      {d.note && (
        <p>
          <SpecText text={d.note} /> <ErrataLinks ids={d.errata} />
        </p>
      )}
    </>
  );
}

/** Version notes and every erratum that concerns the operator, each linked. */
export function OperatorNotes({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  const errata = useErrata().filter((e) => e.operators.length === 0 || e.operators.includes(op));
  return (
    <>
      {spec.versionNotes.length > 0 && (
        <>
          <p>{translate({id: 'notes.version', message: '后续版本的变化：'})}</p>
          <ul>
            {spec.versionNotes.map((n, i) => (
              <li key={i}>
                <SpecText text={n.text} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{translate({id: 'notes.errata', message: '与本接口相关的勘误（文档规定、后续文档与开源实现的差异）：'})}</p>
      <ul>
        {errata.map((e) => (
          <li key={e.id}>
            <Link to={erratumPath(e.id)}>
              {e.label} · {e.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
