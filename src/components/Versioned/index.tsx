/**
 * Per-fact release marks and the release selector's static markup (README.md, "Versions"). Both
 * render at build time; the selector's behaviour is the framework-free client module
 * src/client/releaseSelector.ts (no hydration needed), and the marking is CSS
 * (src/css/releases.generated.css) keyed on `html[data-cann]` and the data attributes below.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {cannAttributes, factRange, Releases} from '@site/src/lib/versions';

/** The data attributes of a fact's element (`data-fact`, `data-cann-out`, `data-cann-diff`, `data-cann-unknown`). */
export function factAttributes(key: string | undefined): Record<string, string> {
  return key ? cannAttributes(key) : {};
}

/**
 * A fact's release badges: "since 9.0.0" / "until 8.5.0" (static, always shown) and, per release
 * where it does not hold, a label the CSS shows only while that release is selected.
 */
export function VersionMarks({fact}: {fact: string}): ReactNode {
  const r = factRange(fact);
  const marks: {release: string; text: string; kind: string}[] = [
    ...r.absent.map((release) => ({
      release,
      kind: 'out',
      text: translate({id: 'cann.mark.out', message: '{release} 中不成立'}, {release}),
    })),
    ...r.differs.map((release) => ({
      release,
      kind: 'diff',
      text: translate({id: 'cann.mark.diff', message: '{release} 中有所不同'}, {release}),
    })),
    ...r.undetermined.map((release) => ({
      release,
      kind: 'unknown',
      text: translate({id: 'cann.mark.unknown', message: '{release}：未确定'}, {release}),
    })),
  ];
  if (!r.since && !r.until && marks.length === 0) return null;
  return (
    <span className="cann-marks">
      {r.since && (
        <span className="cann-badge" data-cann-since={r.since}>
          {translate({id: 'cann.since', message: '自 {release} 起'}, {release: r.since})}
        </span>
      )}
      {r.until && (
        <span className="cann-badge" data-cann-until={r.until}>
          {translate({id: 'cann.until', message: '至 {release} 为止'}, {release: r.until})}
        </span>
      )}
      {marks.map((m) => (
        <span key={`${m.kind}-${m.release}`} className={`cann-mark cann-mark-${m.kind}`} data-cann-for={m.release}>
          {m.text}
        </span>
      ))}
    </span>
  );
}

/**
 * The release selector (static markup). `changes`: the operator whose changelog it links to.
 * The select has no React handler: src/client/releaseSelector.ts listens for `change` on the
 * document, so it works with or without hydration.
 */
export function ReleaseSelector({changes}: {changes?: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
  return (
    <div className="cann-selector" data-cann-selector="">
      <label htmlFor="cann-select">{translate({id: 'cann.selector.label', message: 'CANN 版本'})}</label>
      <select id="cann-select" name="cann" defaultValue="" aria-describedby="cann-selector-hint">
        <option value="">{translate({id: 'cann.selector.all', message: '全部版本（标出差异）'})}</option>
        {Releases.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label[locale]}
          </option>
        ))}
      </select>
      <span id="cann-selector-hint" className="cann-selector-hint">
        {translate({
          id: 'cann.selector.hint',
          message: '选择版本后，不适用于该版本的条目会被标出（不会隐藏）。',
        })}
      </span>
      {changes && (
        <Link className="cann-selector-changes" to={`/changes/${changes}`}>
          {translate({id: 'cann.selector.changes', message: '各版本的变化'})}
        </Link>
      )}
      {/* Written by the client module, possibly before hydration: its content is not React's. */}
      <p
        className="cann-selector-status"
        role="status"
        aria-live="polite"
        data-cann-status=""
        dangerouslySetInnerHTML={{__html: ''}}
      />
    </div>
  );
}
