/**
 * Drawing primitives for the static diagrams. Everything is plain SVG markup with fixed
 * coordinates, rendered at build time (SSR); nothing is measured or laid out in the browser.
 * Colours come only from CSS variables (styles.module.css), so the diagrams follow the light
 * and dark themes and print black on white. No element ids except the two that
 * `aria-labelledby` needs (`<prefix>-title`, `<prefix>-desc`), and no `<marker>`/`<defs>`:
 * arrowheads are drawn as paths.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Colour roles: ink (neutral), a (accent/primary), b (fixpipe, orange), c (vector path, green). */
export type Tone = 'ink' | 'a' | 'b' | 'c';
export type Size = 'title' | 'body' | 'small';

/** Font sizes in viewBox units (≈ CSS px at full width). */
export const FontSize: Record<Size, number> = {title: 15, body: 13.5, small: 12.5};

/** The figure: the SVG (role img, title + desc) and a visible caption. */
export function Diagram({
  prefix,
  width,
  height,
  title,
  desc,
  caption,
  children,
}: {
  /** Fixed, locale-independent id prefix, e.g. `diagram-qmar`. */
  prefix: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  caption: ReactNode;
  children: ReactNode;
}): ReactNode {
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  return (
    <figure className={styles.figure} data-diagram={prefix}>
      <div className={styles.frame}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{maxWidth: width}}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg">
          <title id={titleId}>{title}</title>
          <desc id={descId}>{desc}</desc>
          {children}
        </svg>
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

/** A text run. `y` is the baseline. */
export function T({
  x,
  y,
  children,
  size = 'body',
  anchor = 'start',
  mono,
  bold,
  tone,
  muted,
  rotate,
}: {
  x: number;
  y: number;
  children: ReactNode;
  size?: Size;
  anchor?: 'start' | 'middle' | 'end';
  mono?: boolean;
  bold?: boolean;
  tone?: Tone;
  muted?: boolean;
  rotate?: number;
}): ReactNode {
  return (
    <text
      x={x}
      y={y}
      fontSize={FontSize[size]}
      textAnchor={anchor}
      transform={rotate ? `rotate(${rotate} ${x} ${y})` : undefined}
      className={clsx(
        styles.text,
        mono && styles.mono,
        bold && styles.bold,
        tone && tone !== 'ink' && styles[`text-${tone}`],
        muted && styles.muted,
      )}>
      {children}
    </text>
  );
}

/**
 * A rounded box. `fill`: 'surface' (opaque page colour, hides what is behind), 'tint' (a light
 * wash of the tone colour; dropped in print) or 'none'. `dashed` marks an optional step.
 */
export function Box({
  x,
  y,
  w,
  h,
  tone = 'ink',
  fill = 'surface',
  dashed,
  r = 6,
  children,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  tone?: Tone;
  fill?: 'surface' | 'tint' | 'none';
  dashed?: boolean;
  r?: number;
  children?: ReactNode;
}): ReactNode {
  return (
    <g data-box="">
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={r}
        className={clsx(
          styles.rect,
          styles[`stroke-${tone}`],
          styles[`fill-${fill}`],
          fill === 'tint' && styles[`tint-${tone}`],
        )}
        strokeDasharray={dashed ? '5 4' : undefined}
      />
      {children}
    </g>
  );
}

/** A box with up to four centred lines: [main, ...details]. */
export function StepBox({
  x,
  y,
  w,
  h,
  lines,
  tone = 'ink',
  dashed,
  fill = 'surface',
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Each line: text plus style flags. The first line is the step itself. */
  lines: Array<{text: ReactNode; mono?: boolean; bold?: boolean; muted?: boolean; size?: Size; tone?: Tone}>;
  tone?: Tone;
  dashed?: boolean;
  fill?: 'surface' | 'tint' | 'none';
}): ReactNode {
  const step = 18;
  const first = y + h / 2 - ((lines.length - 1) * step) / 2 + 5;
  return (
    <Box x={x} y={y} w={w} h={h} tone={tone} dashed={dashed} fill={fill}>
      {lines.map((l, i) => (
        <T
          key={i}
          x={x + w / 2}
          y={first + i * step}
          anchor="middle"
          mono={l.mono}
          bold={l.bold}
          muted={l.muted}
          size={l.size ?? (i === 0 ? 'body' : 'small')}
          tone={l.tone}>
          {l.text}
        </T>
      ))}
    </Box>
  );
}

type Pt = readonly [number, number];

/** A polyline with an arrowhead at its last point. */
export function Arrow({points, tone = 'ink', dashed}: {points: Pt[]; tone?: Tone; dashed?: boolean}): ReactNode {
  const [x2, y2] = points[points.length - 1];
  const [x1, y1] = points[points.length - 2];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = 8;
  const half = 4.5;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  const r = (n: number) => Math.round(n * 100) / 100;
  const line = points.map(
    ([x, y], i) =>
      `${i === 0 ? 'M' : 'L'}${r(i === points.length - 1 ? bx : x)} ${r(i === points.length - 1 ? by : y)}`,
  );
  return (
    <g className={styles[`arrow-${tone}`]}>
      <path d={line.join(' ')} className={styles.line} strokeDasharray={dashed ? '4 4' : undefined} />
      <path
        d={`M${r(x2)} ${r(y2)} L${r(bx - uy * half)} ${r(by + ux * half)} L${r(bx + uy * half)} ${r(by - ux * half)} Z`}
        className={styles.head}
      />
    </g>
  );
}

/** A plain line (no arrowhead). */
export function Line({points, tone = 'ink', dashed}: {points: Pt[]; tone?: Tone; dashed?: boolean}): ReactNode {
  return (
    <g className={styles[`arrow-${tone}`]}>
      <path
        d={points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ')}
        className={styles.line}
        strokeDasharray={dashed ? '4 4' : undefined}
      />
    </g>
  );
}

/** A filled dot (junction or mesh node). */
export function Dot({x, y, r = 3, tone = 'ink'}: {x: number; y: number; r?: number; tone?: Tone}): ReactNode {
  return <circle cx={x} cy={y} r={r} className={styles[`dot-${tone}`]} />;
}

/** A decision diamond centred on (cx, cy). */
export function Diamond({
  cx,
  cy,
  w,
  h,
  tone = 'ink',
}: {
  cx: number;
  cy: number;
  w: number;
  h: number;
  tone?: Tone;
}): ReactNode {
  return (
    <polygon
      points={`${cx},${cy - h / 2} ${cx + w / 2},${cy} ${cx},${cy + h / 2} ${cx - w / 2},${cy}`}
      className={clsx(styles.rect, styles[`stroke-${tone}`], styles['fill-surface'])}
    />
  );
}

/** A dtype label next to an edge. */
export function Dtype({
  x,
  y,
  children,
  anchor,
}: {
  x: number;
  y: number;
  children: ReactNode;
  anchor?: 'start' | 'end' | 'middle';
}): ReactNode {
  return (
    <T x={x} y={y} size="small" bold tone="a" anchor={anchor}>
      {children}
    </T>
  );
}
