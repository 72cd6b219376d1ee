/** Every erratum, one anchored block each: `#erratum-<id>`. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useErrataDetails, operatorPath} from '../OperatorData';
import SpecText from '../SpecText';
import {AnchorLink, SourceLinks, useAnchor} from '../Anchored';
import {factAttributes, VersionMarks} from '../Versioned';
import type {ResolvedCitation} from '@site/src/lib/sources/links';
import styles from './styles.module.css';

function Erratum({e}: {e: ReturnType<typeof useErrataDetails>[number]}): ReactNode {
  const id = useAnchor(`erratum-${e.id}`);
  const rows: [string, string, readonly ResolvedCitation[], string | undefined][] = [
    [
      translate({id: 'erratum.documented', message: '文档规定'}),
      e.documented,
      e.sources.documented,
      `erratum/${e.id}/documented`,
    ],
    [
      translate({id: 'erratum.laterDocs', message: '后续文档'}),
      e.laterDocs,
      e.sources.laterDocs,
      `erratum/${e.id}/later-docs`,
    ],
    [
      translate({id: 'erratum.implementation', message: '开源实现'}),
      e.implementation,
      e.sources.implementation,
      `erratum/${e.id}/implementation`,
    ],
    [translate({id: 'erratum.evidence', message: '依据'}), e.evidence, [], undefined],
  ];
  return (
    <section id={id} className={`anchored-row ${styles.erratum}`} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h3 className={styles.title} id={`${id}-title`}>
        <span className={styles.label}>{e.label}</span> {e.title}
        <AnchorLink id={id} label={`${e.label} ${e.title}`} />
      </h3>
      {e.operators.length > 0 && (
        <p className={styles.ops}>
          {e.operators.map((o) => (
            <Link key={o} to={operatorPath(o)}>
              <code>{o}</code>
            </Link>
          ))}
        </p>
      )}
      <dl className={styles.dl}>
        {rows.map(([k, v, sources, fact]) => (
          <React.Fragment key={k}>
            <dt>{k}</dt>
            <dd {...factAttributes(fact)}>
              {fact && <VersionMarks fact={fact} />} <SpecText text={v} />
              {sources.length > 0 && <SourceLinks sources={sources} />}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}

export default function ErrataList({group}: {group?: 'E' | 'I'}): ReactNode {
  const errata = useErrataDetails().filter((e) => !group || e.label.startsWith(group));
  return (
    <div>
      {errata.map((e) => (
        <Erratum key={e.id} e={e} />
      ))}
    </div>
  );
}
