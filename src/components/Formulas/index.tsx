/**
 * The operator's formulas, pre-rendered to KaTeX HTML + MathML at build time by the
 * operator-specs plugin (no KaTeX JavaScript reaches the browser), and the symbol legend.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';
import {ProvenanceBadges, SpecTable} from '../Anchored';
import {factAttributes, VersionMarks} from '../Versioned';
import styles from './styles.module.css';

export default function Formulas({op, only}: {op: string; only?: string[]}): ReactNode {
  const spec = useOperator(op);
  const formulas = only ? spec.formulas.filter((f) => only.includes(f.id)) : spec.formulas;
  // Each formula is a link target (`#formula-<id>`): register it with the broken-anchor checker.
  const brokenLinks = useBrokenLinks();
  for (const f of formulas) brokenLinks.collectAnchor(`formula-${f.id}`);
  if (only && formulas.length !== only.length) {
    throw new Error(`Formulas: unknown formula id in ${JSON.stringify(only)} for ${op}`);
  }
  return (
    <div className={styles.formulas}>
      {formulas.map((f) => (
        <figure
          key={f.id}
          id={`formula-${f.id}`}
          className={styles.formula}
          {...factAttributes(`${op}/formula/${f.id}`)}>
          <figcaption>
            <strong>{f.title}</strong> <VersionMarks fact={`${op}/formula/${f.id}`} />{' '}
            <ProvenanceBadges provenance={f.provenance} sources={f.sources} />
            <div className={styles.description}>
              <SpecText text={f.description} />
            </div>
          </figcaption>
          {/* The formula scrolls sideways on narrow screens: keyboard users must be able to scroll it too. */}
          <div
            className={styles.math}
            role="group"
            aria-label={f.title}
            tabIndex={0}
            dangerouslySetInnerHTML={{__html: f.html}}
          />
        </figure>
      ))}
    </div>
  );
}

export function SymbolTable({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  if (spec.symbols.length === 0) return null;
  const caption = translate({id: 'formula.symbols.caption', message: '公式中的符号'});
  return (
    <SpecTable
      caption={caption}
      headers={[
        translate({id: 'formula.symbols.symbol', message: '符号'}),
        translate({id: 'formula.symbols.meaning', message: '含义'}),
      ]}>
      {spec.symbols.map((s, i) => (
        <tr key={i}>
          {/* A data cell: KaTeX's text is MathML (hidden visually), which a header cell cannot use as its text. */}
          <td className={styles.symbol} dangerouslySetInnerHTML={{__html: s.html}} />
          <td>
            <SpecText text={s.meaning} />
          </td>
        </tr>
      ))}
    </SpecTable>
  );
}
