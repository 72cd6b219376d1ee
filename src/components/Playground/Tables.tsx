/**
 * Display pieces of the playground: matrix tables of result tensors, provenance badges that link to
 * their step, collapsible sections that render their content only when open.
 */
import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from './i18n';
import {formatHex} from '@site/src/lib/reference/numerics';
import {formatNumber} from '@site/src/lib/reference/playground';
import type {PlaygroundOp} from '@site/src/lib/reference/playground';
import type {Provenance, ResultTensor, Step} from '@site/src/lib/reference/types';
import {provenanceLabel, stepText} from './strings';
import styles from './styles.module.css';

/** The text of one value: its bit pattern (floats; integers in two's complement) or the number. */
export function cellText(dtype: ResultTensor['dtype'], v: number, hex: boolean): string {
  if (dtype === 'FLOAT16' || dtype === 'BFLOAT16' || dtype === 'FLOAT32') {
    if (hex) return formatHex(dtype, v);
    if (v === Infinity) return 'Inf';
    if (v === -Infinity) return '-Inf';
    return formatNumber(v);
  }
  if (hex && Number.isInteger(v)) {
    const bits = dtype === 'INT8' ? 8 : 32;
    if (v >= -(2 ** (bits - 1)) && v < 2 ** (bits - 1)) {
      const u = v < 0 ? v + 2 ** bits : v;
      return (
        '0x' +
        u
          .toString(16)
          .toUpperCase()
          .padStart(bits / 4, '0')
      );
    }
  }
  return String(v);
}

/** A scrollable, keyboard-focusable container for a wide table (the page never scrolls sideways). */
export function Scroll({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * A tensor as a table: rows i, columns j (a vector is one row). `text` formats the flat element
 * `idx` (default: the value or bit pattern of `tensor`).
 */
export function MatrixTable({
  id,
  tensor,
  label,
  caption,
  hex,
  text,
}: {
  id?: string;
  tensor: {shape: number[]; dtype: ResultTensor['dtype']; data: number[]};
  label: string;
  caption: ReactNode;
  hex: boolean;
  text?: (idx: number) => string;
}): ReactNode {
  const shape = tensor.shape;
  const rows = shape.length >= 2 ? shape.slice(0, -1).reduce((a, b) => a * b, 1) : 1;
  const cols = shape.length >= 1 ? shape[shape.length - 1]! : 1;
  const fmt = text ?? ((idx: number) => cellText(tensor.dtype, tensor.data[idx]!, hex));
  const empty = rows * cols === 0;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.figcaption}>{caption}</figcaption>
      <Scroll label={label}>
        <table id={id} className={styles.matrix} data-dtype={tensor.dtype} aria-label={label}>
          <caption className="sr-only">{label}</caption>
          {empty ? (
            <tbody>
              <tr>
                <td>
                  {translate(
                    {id: 'playground.table.empty', message: '（空张量，形状 {shape}）'},
                    {shape: `(${shape.join(', ')})`},
                  )}
                </td>
              </tr>
            </tbody>
          ) : (
            <>
              <thead>
                <tr>
                  {/* A vector has no row index: no corner and no (empty) row header cells. */}
                  {shape.length >= 2 && (
                    <th scope="col" className={styles.corner}>
                      i \ j
                    </th>
                  )}
                  {Array.from({length: cols}, (_, j) => (
                    <th key={j} scope="col">
                      {j}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({length: rows}, (_, i) => (
                  <tr key={i}>
                    {shape.length >= 2 && <th scope="row">{i}</th>}
                    {Array.from({length: cols}, (_, j) => (
                      <td key={j}>{fmt(i * cols + j)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      </Scroll>
    </figure>
  );
}

/** A provenance badge (not a link). */
export function Badge({provenance, title}: {provenance: Provenance; title?: string}): ReactNode {
  const l = provenanceLabel(provenance);
  return (
    <span className={clsx(styles.badge, styles[`badge-${provenance}`])} title={title ?? l.long}>
      {l.short}
    </span>
  );
}

/** Badges for the steps that produce a table, each a link to the step's row in the steps table. */
export function StepBadges({op, ids, steps}: {op: PlaygroundOp; ids: string[]; steps: Step[]}): ReactNode {
  const shown = ids.map((id) => steps.find((s) => s.id === id)).filter((s): s is Step => s !== undefined);
  if (shown.length === 0) return null;
  return (
    <span className={styles.badges}>
      {shown.map((s) => {
        const name = stepText(op, s.id)?.name ?? s.name;
        const l = provenanceLabel(s.provenance);
        return (
          <a
            key={s.id}
            href={`#pg-step-${s.id}`}
            className={clsx(styles.badge, styles[`badge-${s.provenance}`])}
            title={name}
            aria-label={`${l.short}: ${name}`}>
            {l.short}
          </a>
        );
      })}
    </span>
  );
}

/** A <details> section whose content is rendered only while it is open. */
export function LazyDetails({
  id,
  summary,
  defaultOpen,
  children,
}: {
  id?: string;
  summary: ReactNode;
  defaultOpen: boolean;
  children: () => ReactNode;
}): ReactNode {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details id={id} className={styles.details} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div className={styles.detailsBody}>{children()}</div>}
    </details>
  );
}
