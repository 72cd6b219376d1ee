/**
 * Anchored table rows. The id is registered with Docusaurus's broken-anchor checker (a raw
 * `id` attribute is invisible to it), and the row carries a focusable "#" link so it can be
 * copied; visiting the fragment scrolls to and highlights the row (see custom.css and the
 * targetHighlight client module).
 */
import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {Provenance} from '@site/src/operators/schema';
import type {ResolvedCitation} from '@site/src/lib/sources/links';
import {useErratum, erratumPath} from '../OperatorData';
import CopyLink from '../CopyLink';
import {factAttributes} from '../Versioned';
import styles from './styles.module.css';

export function useAnchor(id: string): string {
  useBrokenLinks().collectAnchor(id);
  return id;
}

/**
 * The visible "#" affordance that links to an anchor, with copy-link controls. On paper the
 * link and buttons are hidden and the fragment itself is printed (`.anchor-fragment`, shown
 * by custom.css in print only; hidden from screen readers and from the search index).
 */
export function AnchorLink({id, label}: {id: string; label: string}): ReactNode {
  return (
    <>
      <AnchorHash id={id} label={label} />
      <CopyLink id={id} label={label} />
      <span className="anchor-fragment" aria-hidden="true">
        #{id}
      </span>
    </>
  );
}

function AnchorHash({id, label}: {id: string; label: string}): ReactNode {
  return (
    <a
      className={clsx('row-link', styles.rowLink)}
      href={`#${id}`}
      aria-label={translate(
        {id: 'anchor.directLink', message: '# 直达链接：{label}', description: 'aria-label of a row anchor link'},
        {label},
      )}
      title={translate({id: 'anchor.directLink.title', message: '本行的链接'})}>
      #
    </a>
  );
}

/** A table row that is a public anchor target. */
export function AnchoredRow({
  id,
  children,
  className,
  fact,
}: {
  id: string;
  children: ReactNode;
  className?: string;
  /** The fact key (src/lib/sources/facts.ts) of the row: its release marks (data-cann-*) go on the row. */
  fact?: string;
}): ReactNode {
  useAnchor(id);
  return (
    <tr id={id} className={clsx('anchored-row', className)} tabIndex={-1} {...factAttributes(fact)}>
      {children}
    </tr>
  );
}

/**
 * A captioned data table with column headers, inside a horizontally scrollable,
 * keyboard-focusable container (the page body never scrolls sideways).
 */
export function SpecTable({
  caption,
  headers,
  className,
  captionHidden = false,
  children,
}: {
  caption: string;
  headers: string[];
  className?: string;
  /** The caption is for assistive technology only (the page shows the same text above the table). */
  captionHidden?: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <ScrollTable label={caption}>
      <table className={className}>
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}

/** A horizontally scrollable, keyboard-focusable container for a wide table. */
export function ScrollTable({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}): ReactNode {
  return (
    <div className={clsx('table-scroll', className)} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const ProvenanceLabels: Record<Provenance, () => {short: string; long: string}> = {
  seed: () => ({
    short: translate({id: 'provenance.seed', message: '原始文档'}),
    long: translate({id: 'provenance.seed.long', message: '出自本站所替代的原始文档（CANN 8.0.RC2 时期）'}),
  }),
  doc: () => ({
    short: translate({id: 'provenance.doc', message: '后续文档'}),
    long: translate({id: 'provenance.doc.long', message: '出自厂商后续公开的同一接口文档'}),
  }),
  impl: () => ({
    short: translate({id: 'provenance.impl', message: '开源实现'}),
    long: translate({id: 'provenance.impl.long', message: '读自厂商开源的 host 侧参数校验代码，并非文档承诺'}),
  }),
  inferred: () => ({
    short: translate({id: 'provenance.inferred', message: '本站推断'}),
    long: translate({
      id: 'provenance.inferred.long',
      message: '本站根据所引代码或文档作出的推断，没有任何来源直接说明',
    }),
  }),
};

/** Badges saying where a fact comes from, followed by the links to the lines it rests on. */
export function ProvenanceBadges({
  provenance,
  sources,
}: {
  provenance: Provenance[];
  sources?: readonly ResolvedCitation[];
}): ReactNode {
  return (
    <>
      <span className={styles.badges}>
        {provenance.map((p) => {
          const l = ProvenanceLabels[p]();
          return (
            <span key={p} className={clsx(styles.badge, styles[`badge-${p}`])} title={l.long}>
              {l.short}
            </span>
          );
        })}
      </span>
      {sources && sources.length > 0 && <SourceLinks sources={sources} />}
    </>
  );
}

const SourceKindLabels: Record<ResolvedCitation['kind'], () => string> = {
  seed: () => translate({id: 'source.kind.seed', message: '原页'}),
  doc: () => translate({id: 'source.kind.doc', message: '文档'}),
  code: () => translate({id: 'source.kind.code', message: '代码'}),
};

/** `L12–20 · path · commit (release, date)`: the full description of a citation. */
function citationDescription(c: ResolvedCitation): string {
  const lines = c.lines[0] === c.lines[1] ? `L${c.lines[0]}` : `L${c.lines[0]}–${c.lines[1]}`;
  const at = c.commit ? `${c.commit.slice(0, 10)} (${c.release}, ${c.date})` : c.release;
  return `${c.repository}/${c.path} ${lines} @ ${at}`;
}

/**
 * The "source" links of a fact, like the [src] links of the Rust docs: one per citation, labelled
 * by kind and first line, linking to the cited lines at the pinned commit (a hyperlink only,
 * nothing is loaded). Seed pages have no public address: their citation links to the source
 * registry entry on /sources.
 */
export function SourceLinks({sources}: {sources: readonly ResolvedCitation[]}): ReactNode {
  const label = translate({id: 'source.label', message: '来源'});
  return (
    <span className={styles.sourceLinks}>
      <span className={styles.sourceLabel}>{label}</span>
      {sources.map((c, i) => {
        const text = `${SourceKindLabels[c.kind]()} L${c.lines[0]}`;
        const description = citationDescription(c);
        const name = `${label}: ${text} — ${description}`;
        return c.url ? (
          <a
            key={i}
            className={styles.sourceLink}
            href={c.url}
            title={description}
            aria-label={name}
            rel="noopener noreferrer"
            target="_blank">
            {text}
          </a>
        ) : (
          <Link
            key={i}
            className={styles.sourceLink}
            to={`/sources#source-${c.source}`}
            title={description}
            aria-label={name}>
            {text}
          </Link>
        );
      })}
    </span>
  );
}

function ErratumLink({id}: {id: string}): ReactNode {
  const e = useErratum(id);
  return (
    <Link to={erratumPath(id)} className={styles.erratum} title={e.title}>
      {translate({id: 'erratum.link', message: '勘误 {label}'}, {label: e.label})}
    </Link>
  );
}

/** Links to the errata that concern a row. */
export function ErrataLinks({ids}: {ids: string[]}): ReactNode {
  if (ids.length === 0) return null;
  return (
    <span className={styles.errataLinks}>
      {ids.map((id) => (
        <ErratumLink key={id} id={id} />
      ))}
    </span>
  );
}
