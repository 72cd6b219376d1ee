/**
 * The playground (/tools/playground, issue 6 item 5): runs the reference implementation of
 * aclnnQuantMatmulAllReduceV2 and aclnnWeightQuantBatchMatmul in the browser on small cases and shows
 * every intermediate, the warnings and the provenance of each step. The state lives in the URL
 * query (src/lib/reference/playground.ts): the server renders the default case, the URL's case is
 * applied after hydration, every change is written back with history.replace. User text is only
 * ever rendered as text. Imported by docs/tools/playground.mdx only.
 */
import React, {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from './i18n';
import {copyText} from '@site/src/lib/clipboard';
import {qmarSteps} from '@site/src/lib/reference/aclnnQuantMatmulAllReduceV2';
import type {QmarRankInput, QmarRankResult} from '@site/src/lib/reference/aclnnQuantMatmulAllReduceV2';
import type {WqbmmResult} from '@site/src/lib/reference/aclnnWeightQuantBatchMatmul';
import {
  benchRunners,
  evaluate,
  Limits,
  MaxTextLength,
  normalizeState,
  parseSearch,
  Presets,
  QmarOp,
  qmarScaleDtype,
  stateToSearch,
  updateState,
  WqbmmOp,
  wqbmmPath,
} from '@site/src/lib/reference/playground';
import type {
  BenchRunners,
  Evaluation,
  ParsedField,
  PlaygroundOp,
  PlaygroundState,
  QmarEvaluation,
  QmarTensor,
  WqbmmTensor,
} from '@site/src/lib/reference/playground';
import {QmarRankCounts} from '@site/src/lib/reference/aclnnQuantMatmulAllReduceV2';
import type {Provenance, ResultTensor, Step, Warning} from '@site/src/lib/reference/types';
import {presetText, problemText, provenanceLabel, stepText, warningProvenance, warningText} from './strings';
import {Badge, LazyDetails, MatrixTable, StepBadges} from './Tables';
import styles from './styles.module.css';

/** The API parameter name of each field's tensor (links go to its row on the operator page). */
const ParamName: Record<PlaygroundOp, Record<string, string>> = {
  [QmarOp]: {
    x1: 'x1',
    x2: 'x2',
    bias: 'biasOptional',
    scale: 'dequantScale',
    pertoken: 'pertokenScaleOptional',
    x3: 'x3Optional',
  },
  [WqbmmOp]: {
    x1: 'x1',
    x2: 'x2',
    deqOffset: 'deqOffset',
    deqScale: 'deqScale',
    antiquantScale: 'antiquantScale',
    antiquantOffset: 'antiquantOffset',
    addOffset: 'addOffset',
    mulScale: 'mulScale',
    bias: 'bias',
  },
};

const fieldId = (key: string) => `pg-v-${key.replace(/\./g, '-')}`;
const shapeText = (shape: number[]) => `(${shape.join(', ')})`;

type Window = typeof globalThis & {__playgroundBench?: BenchRunners & {prepare: () => void}};

export default function Playground(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // Server render and first client render show the default case; the URL's case applies after hydration.
  const [state, setState] = useState<PlaygroundState>(() => normalizeState(parseSearch('')));
  const written = useRef<string | null>(null);
  useEffect(() => {
    const search = location.search.replace(/^\?/, '');
    if (written.current !== null && search === written.current) return;
    written.current = null;
    setState(parseSearch(search));
  }, [location.search]);

  // Benchmark hook (bench/reference-browser-bench.ts): the same functions the page computes with.
  useEffect(() => {
    const w = window as Window;
    let runners: BenchRunners | null = null;
    const get = () => (runners ??= benchRunners());
    w.__playgroundBench = {
      prepare: () => void get(),
      run16x8: () => get().run16x8(),
      evaluate16x8: () => get().evaluate16x8(),
      run64x256x256: () => get().run64x256x256(),
    };
    return () => {
      delete w.__playgroundBench;
    };
  }, []);

  const commit = (next: PlaygroundState) => {
    setState(next);
    const search = stateToSearch(next);
    written.current = search;
    history.replace({pathname: location.pathname, search: `?${search}`, hash: location.hash});
  };
  const update = (patch: Partial<PlaygroundState>) => commit(updateState(state, patch));
  const ev = useMemo(() => evaluate(state), [state]);
  // The preset whose case is shown (the hex toggle is a view setting, not part of the case).
  const currentSearch = stateToSearch({...state, hex: false});

  return (
    <div className={styles.playground}>
      <Presetbar current={currentSearch} onPick={(s) => commit(normalizeState({...s, hex: state.hex}))} />
      <Controls state={state} update={update} />
      <Values state={state} ev={ev} update={update} />
      <Results state={state} ev={ev} update={update} />
      <Steps state={state} ev={ev} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Presets and controls

function Presetbar({current, onPick}: {current: string; onPick: (s: PlaygroundState) => void}): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="pg-presets-title">
      <h3 id="pg-presets-title" className={styles.h2}>
        {translate({id: 'playground.presets.title', message: '预设用例'})}
      </h3>
      <p className={styles.muted}>
        {translate({
          id: 'playground.presets.intro',
          message: '取自参考实现测试中手算的用例。点击即载入，地址栏随之更新，可直接分享。',
        })}
      </p>
      <ul className={styles.presets}>
        {Presets.map((p) => {
          const t = presetText(p.id);
          return (
            <li key={p.id}>
              <button
                type="button"
                className={clsx(
                  'button button--sm',
                  current === stateToSearch(p.state) ? 'button--primary' : 'button--secondary',
                )}
                data-preset={p.id}
                aria-pressed={current === stateToSearch(p.state)}
                aria-describedby={`pg-preset-${p.id}-desc`}
                onClick={() => onPick(p.state)}>
                {t.label}
              </button>
              <span id={`pg-preset-${p.id}-desc`} className={styles.presetDesc}>
                {t.description}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A number input that commits only valid integers in range (typing may pass through invalid text). */
function NumberField({
  id,
  label,
  value,
  min,
  max,
  onCommit,
}: {
  id: string;
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
}): ReactNode {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const parse = (t: string) => (/^\d{1,10}$/.test(t.trim()) ? Number(t.trim()) : NaN);
  const v = parse(text);
  const valid = v >= min && v <= max;
  return (
    <label className={styles.control} htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const x = parse(e.target.value);
          if (x >= min && x <= max && x !== value) onCommit(x);
        }}
        onBlur={() => setText(String(value))}
      />
      {!valid && (
        <span className={styles.inlineError}>
          {translate({id: 'playground.number.range', message: '取 {min}–{max} 的整数'}, {min, max})}
        </span>
      )}
    </label>
  );
}

function Check({
  id,
  checked,
  onChange,
  children,
  disabled,
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
}): ReactNode {
  return (
    <label className={styles.check} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

function Controls({state, update}: {state: PlaygroundState; update: (p: Partial<PlaygroundState>) => void}): ReactNode {
  const lim = Limits[state.op];
  const qmar = state.op === QmarOp;
  const scaleKind = qmarScaleDtype(state.dtype, state.pertoken);
  const path = wqbmmPath(state);
  return (
    <section className={styles.section} aria-labelledby="pg-controls-title">
      <h3 id="pg-controls-title" className={styles.h2}>
        {translate({id: 'playground.controls.title', message: '算子、形状与可选输入'})}
      </h3>
      <form className={styles.controls} onSubmit={(e) => e.preventDefault()}>
        <fieldset className={styles.fieldset}>
          <legend>{translate({id: 'playground.controls.shape', message: '算子与形状'})}</legend>
          <div className={styles.row}>
            <label className={styles.control} htmlFor="pg-op">
              <span>{translate({id: 'playground.operator', message: '算子'})}</span>
              <select
                id="pg-op"
                value={state.op}
                onChange={(e) => update({op: e.target.value as PlaygroundOp, values: {}})}>
                <option value={QmarOp}>{QmarOp}</option>
                <option value={WqbmmOp}>{WqbmmOp}</option>
              </select>
            </label>
            {(['m', 'k', 'n'] as const).map((dim) => (
              <NumberField
                key={dim}
                id={`pg-${dim}`}
                label={dim}
                value={state[dim]}
                min={lim[dim][0]}
                max={lim[dim][1]}
                onCommit={(v) => update({[dim]: v})}
              />
            ))}
            {qmar && (
              <>
                <label className={styles.control} htmlFor="pg-ranks">
                  <span>{translate({id: 'playground.ranks', message: '卡数 W'})}</span>
                  <select id="pg-ranks" value={state.ranks} onChange={(e) => update({ranks: Number(e.target.value)})}>
                    {QmarRankCounts.map((w) => (
                      <option key={w} value={w}>
                        {w}
                      </option>
                    ))}
                  </select>
                </label>
                <label className={styles.control} htmlFor="pg-dtype">
                  <span>{translate({id: 'playground.dtype', message: '输出数据类型'})}</span>
                  <select
                    id="pg-dtype"
                    value={state.dtype}
                    onChange={(e) => update({dtype: e.target.value === 'BFLOAT16' ? 'BFLOAT16' : 'FLOAT16'})}>
                    <option value="FLOAT16">FLOAT16</option>
                    <option value="BFLOAT16">BFLOAT16</option>
                  </select>
                </label>
                <label className={styles.control} htmlFor="pg-scale-kind">
                  <span>{translate({id: 'playground.scaleKind', message: 'dequantScale 数据类型'})}</span>
                  <select
                    id="pg-scale-kind"
                    value={scaleKind}
                    onChange={(e) =>
                      update({
                        pertoken:
                          e.target.value === 'FLOAT32' ? true : e.target.value === 'UINT64' ? false : state.pertoken,
                      })
                    }>
                    {state.dtype === 'FLOAT16' ? (
                      <>
                        <option value="UINT64">
                          {translate({
                            id: 'playground.scaleKind.uint64',
                            message: 'UINT64（fp19 编码，不传 pertoken）',
                          })}
                        </option>
                        <option value="FLOAT32">
                          {translate({id: 'playground.scaleKind.float32', message: 'FLOAT32（需传 pertoken）'})}
                        </option>
                      </>
                    ) : (
                      <option value="BFLOAT16">BFLOAT16</option>
                    )}
                  </select>
                </label>
              </>
            )}
          </div>
          <p className={styles.muted}>
            {qmar
              ? translate({
                  id: 'playground.shape.hint.qmar',
                  message:
                    'm、k、n 取 1–16；卡数 1、2、4、8（Atlas A2）。dequantScale 的数据类型由输出数据类型和是否传 pertoken 决定。',
                })
              : translate({
                  id: 'playground.shape.hint.wqbmm',
                  message: 'm 取 0–80，以便跨过 m = 64 的路径分界；k、n 取 0–16（0 即空输入）。',
                })}{' '}
            {!qmar && (
              <strong id="pg-path" data-path={path}>
                {path === 'fixpipe'
                  ? translate(
                      {
                        id: 'playground.path.fixpipe',
                        message: 'm = {m} ≤ 64：fixpipe 路径（使用 deqOffset、deqScale）。',
                      },
                      {m: state.m},
                    )
                  : path === 'single-op'
                    ? translate(
                        {
                          id: 'playground.path.single-op',
                          message:
                            'm = {m} > 64：单算子路径（使用 antiquantScale/antiquantOffset、addOffset、mulScale）。',
                        },
                        {m: state.m},
                      )
                    : translate({id: 'playground.path.empty', message: '空输入：输出为 0 加 bias。'})}
              </strong>
            )}
          </p>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>{translate({id: 'playground.optional.title', message: '传入的可选输入与属性'})}</legend>
          <div className={styles.row}>
            <Check id="pg-flag-bias" checked={state.bias} onChange={(bias) => update({bias})}>
              <code>{ParamName[state.op].bias}</code>
            </Check>
            {qmar ? (
              <>
                <Check id="pg-flag-pertoken" checked={state.pertoken} onChange={(pertoken) => update({pertoken})}>
                  <code>pertokenScaleOptional</code>
                </Check>
                <Check id="pg-flag-x3" checked={state.x3} onChange={(x3) => update({x3})}>
                  <code>x3Optional</code>
                </Check>
              </>
            ) : (
              (
                ['antiquantScale', 'antiquantOffset', 'addOffset', 'mulScale', 'transposeX1', 'transposeX2'] as const
              ).map((f) => (
                <Check key={f} id={`pg-flag-${f}`} checked={state[f]} onChange={(v) => update({[f]: v})}>
                  <code>{f}</code>
                </Check>
              ))
            )}
          </div>
          {qmar && (
            <>
              <Check id="pg-split" checked={state.split} onChange={(split) => update({split})}>
                {translate({id: 'playground.split.label', message: '把同一个矩阵乘沿 k 拆到 W 张卡'})}
              </Check>
              <p className={styles.muted}>
                {translate({
                  id: 'playground.split.help',
                  message:
                    '把卡 0 的矩阵乘沿 k 分成 W 段（splitAlongK），每张卡算一段，bias 和 x3 只给卡 0；再与不拆分的单卡结果逐元素比较，差以 ulp 计。没有舍入时两者相等。',
                })}
              </p>
            </>
          )}
        </fieldset>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Values

function Values({
  state,
  ev,
  update,
}: {
  state: PlaygroundState;
  ev: Evaluation;
  update: (p: Partial<PlaygroundState>) => void;
}): ReactNode {
  const qmar = state.op === QmarOp;
  const groups: {tensor: QmarTensor | WqbmmTensor; fields: ParsedField[]}[] = [];
  for (const f of ev.fields) {
    const g = groups.find((x) => x.tensor === f.spec.tensor);
    if (g) g.fields.push(f);
    else groups.push({tensor: f.spec.tensor, fields: [f]});
  }
  const setValue = (key: string, text: string) => update({values: {...state.values, [key]: text}});
  const reset = (key: string) => {
    const values = {...state.values};
    delete values[key];
    update({values});
  };
  return (
    <section className={styles.section} aria-labelledby="pg-values-title">
      <h3 id="pg-values-title" className={styles.h2}>
        {translate({id: 'playground.values.title', message: '输入值'})}
      </h3>
      <div className={styles.row}>
        <NumberField
          id="pg-seed"
          label={translate({id: 'playground.seed', message: '随机种子'})}
          value={state.seed}
          min={0}
          max={4294967295}
          onCommit={(seed) => update({seed})}
        />
        <button
          type="button"
          id="pg-next-seed"
          className="button button--secondary button--sm"
          onClick={() => update({seed: (state.seed + 1) % 4294967296})}>
          {translate({id: 'playground.nextSeed', message: '下一个种子'})}
        </button>
        <button
          type="button"
          id="pg-regenerate"
          className="button button--secondary button--sm"
          disabled={Object.keys(state.values).length === 0}
          onClick={() => update({values: {}})}>
          {translate({id: 'playground.regenerate', message: '丢弃手动输入，全部按种子生成'})}
        </button>
      </div>
      <p className={styles.muted}>
        {translate({
          id: 'playground.values.help',
          message:
            '未手动输入的值由种子确定地生成。矩阵每行一行，数值以逗号或空格分隔。INT8/INT32 写整数；FLOAT16/BFLOAT16/FLOAT32 写数字、inf、-inf 或位型（如 0x3C00），不能精确表示的数字按就近舍入到偶数处理；UINT64 写位型 0x…（至多 16 位十六进制），或直接写 float 形式的 scale，由页面按文档规定的接口编码。',
        })}
      </p>
      <div className={styles.groups}>
        {groups.map((g) => (
          <ValueGroup
            key={g.tensor}
            state={state}
            group={g}
            qmar={qmar}
            update={update}
            setValue={setValue}
            reset={reset}
          />
        ))}
      </div>
    </section>
  );
}

function ValueGroup({
  state,
  group,
  qmar,
  update,
  setValue,
  reset,
}: {
  state: PlaygroundState;
  group: {tensor: QmarTensor | WqbmmTensor; fields: ParsedField[]};
  qmar: boolean;
  update: (p: Partial<PlaygroundState>) => void;
  setValue: (key: string, text: string) => void;
  reset: (key: string) => void;
}): ReactNode {
  const spec = group.fields[0]!.spec;
  const name = ParamName[state.op][group.tensor]!;
  const shared = qmar && spec.rank === null;
  const canShare = qmar && !state.split && state.ranks > 1;
  const t = group.tensor as QmarTensor;
  let hint: string | null = null;
  if (spec.dtype === 'UINT64')
    hint = qmar
      ? translate({
          id: 'playground.hint.scale.qmar',
          message:
            '1 个值即 per-tensor，n 个即 per-channel。float 形式的 scale 按 aclnnTransQuantParamV2 编码（只保留高 19 位）。',
        })
      : translate({
          id: 'playground.hint.scale.wqbmm',
          message:
            '1 个或 n 个值。float 形式的 scale 按 aclnnTransQuantParam 编码（写入完整的 fp32 位型，由硬件截断）。',
        });
  else if (group.tensor === 'scale')
    hint = translate({id: 'playground.hint.scale.float', message: '1 个值即 per-tensor，n 个即 per-channel。'});
  else if (spec.shape.length === 1 && spec.counts.includes(1) && spec.counts.length > 1)
    hint = translate({id: 'playground.hint.vector', message: '1 个值（广播到所有列）或 n 个值。'});
  else if (spec.transposed)
    hint = translate(
      {id: 'playground.hint.transposed', message: '按存储形状 {shape} 输入（已转置）。'},
      {shape: shapeText(spec.shape)},
    );
  return (
    <fieldset className={clsx(styles.fieldset, styles.group, !spec.used && styles.unused)}>
      <legend>
        <Link to={`/operators/${state.op}#param-${name}`}>
          <code>{name}</code>
        </Link>{' '}
        <span className={styles.muted}>
          {spec.dtype}
          {spec.shape.length > 0
            ? ` ${shapeText(spec.shape)}`
            : ` · ${translate({id: 'playground.scalar', message: '标量属性'})}`}
        </span>
        {!spec.used && (
          <span className={styles.unusedNote}>
            {' · '}
            {state.m <= 64
              ? translate({id: 'playground.unused.fixpipe', message: 'm ≤ 64 的 fixpipe 路径不使用'})
              : translate({id: 'playground.unused.single-op', message: 'm > 64 的单算子路径不使用'})}
          </span>
        )}
      </legend>
      {hint && <p className={styles.hint}>{hint}</p>}
      {canShare && (
        <Check
          id={`pg-same-${t}`}
          checked={state.same.includes(t)}
          onChange={(on) => update({same: on ? [...state.same, t] : state.same.filter((x) => x !== t)})}>
          {translate({id: 'playground.same', message: '所有卡传入相同的值'})}
        </Check>
      )}
      <div className={clsx(group.fields.length > 1 && styles.fieldGrid)}>
        {group.fields.map((f) => (
          <ValueField
            key={f.spec.key}
            field={f}
            label={
              !qmar
                ? name
                : shared
                  ? translate({id: 'playground.allRanks', message: '所有卡'})
                  : state.split
                    ? translate({id: 'playground.unsplitRank', message: '不拆分的单卡（拆分前）'})
                    : translate({id: 'playground.rank', message: '卡 {rank}'}, {rank: f.spec.rank ?? 0})
            }
            setValue={setValue}
            reset={reset}
          />
        ))}
      </div>
    </fieldset>
  );
}

function ValueField({
  field,
  label,
  setValue,
  reset,
}: {
  field: ParsedField;
  label: string;
  setValue: (key: string, text: string) => void;
  reset: (key: string) => void;
}): ReactNode {
  const {spec, text, overridden, problems, rounded} = field;
  const id = fieldId(spec.key);
  const lines = text.split('\n').length;
  const describedBy = problems.length ? `${id}-problems` : rounded ? `${id}-rounded` : undefined;
  return (
    <div className={styles.field}>
      <div className={styles.fieldHead}>
        <label htmlFor={id}>{label}</label>
        {overridden && (
          <>
            <span className={styles.typed}>{translate({id: 'playground.typed', message: '手动输入'})}</span>
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => reset(spec.key)}
              aria-label={`${translate({id: 'playground.reset', message: '恢复为种子生成的值'})}: ${label}`}>
              {translate({id: 'playground.reset', message: '恢复为种子生成的值'})}
            </button>
          </>
        )}
      </div>
      <textarea
        id={id}
        className={styles.textarea}
        value={text}
        rows={Math.min(Math.max(lines, 1), 8)}
        maxLength={MaxTextLength}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy}
        onChange={(e) => setValue(spec.key, e.target.value)}
      />
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className={styles.problems}>
          {problems.map((p, i) => (
            <li key={i}>{problemText(p, spec.dtype)}</li>
          ))}
        </ul>
      )}
      {rounded && (
        <p id={`${id}-rounded`} className={styles.hint}>
          {translate(
            {
              id: 'playground.rounded',
              message: '{count} 个值无法用 {dtype} 精确表示，已就近舍入到偶数（如 {from} → {to}）。',
            },
            {count: rounded.count, dtype: spec.dtype, from: rounded.from, to: rounded.to},
          )}
        </p>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Results

function Results({
  state,
  ev,
  update,
}: {
  state: PlaygroundState;
  ev: Evaluation;
  update: (p: Partial<PlaygroundState>) => void;
}): ReactNode {
  const [copied, setCopied] = useState<'' | 'ok' | 'fail'>('');
  const copy = () => void copyText(window.location.href).then((ok) => setCopied(ok ? 'ok' : 'fail'));
  return (
    <section className={styles.section} aria-labelledby="pg-results-title">
      <h3 id="pg-results-title" className={styles.h2}>
        {translate({id: 'playground.results.title', message: '结果'})}
      </h3>
      <div className={styles.row}>
        <Check id="pg-hex" checked={state.hex} onChange={(hex) => update({hex})}>
          {translate({id: 'playground.hex', message: '显示十六进制位型'})}
        </Check>
        <button type="button" id="pg-copy" className="button button--secondary button--sm" onClick={copy}>
          {translate({id: 'playground.copyLink', message: '复制本例的链接'})}
        </button>
        <span aria-live="polite" className={styles.muted}>
          {copied === 'ok'
            ? translate({id: 'playground.copied', message: '已复制链接'})
            : copied === 'fail'
              ? translate({id: 'playground.copyFailed', message: '无法访问剪贴板，请从地址栏复制'})
              : ''}
        </span>
      </div>
      <div id="pg-status" role="status">
        {ev.invalid && (
          <p className={styles.error}>
            {translate({
              id: 'playground.invalid',
              message: '有输入值无效，未计算。请按“输入值”中标出的提示修正。',
            })}
          </p>
        )}
        {ev.referenceErrors && (
          <div className={styles.error}>
            <p>{translate({id: 'playground.referenceError', message: '参考实现无法计算这组输入：'})}</p>
            <ul>
              {ev.referenceErrors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {ev.internalError && (
          <p className={styles.error}>
            {translate({id: 'playground.internalError', message: '内部错误（请报告）：'})} {ev.internalError}
          </p>
        )}
      </div>
      {ev.qmar && <QmarResults state={state} q={ev.qmar} />}
      {ev.wqbmm && <WqbmmResults state={state} r={ev.wqbmm} />}
    </section>
  );
}

function Warnings({
  op,
  warnings,
  state,
  prefix,
}: {
  op: PlaygroundOp;
  warnings: Warning[];
  state: PlaygroundState;
  prefix?: string;
}): ReactNode {
  if (warnings.length === 0) return null;
  return (
    <ul className={styles.warnings} aria-label={translate({id: 'playground.warnings', message: '提示'})}>
      {warnings.map((w, i) => {
        const p = warningProvenance(w.code);
        return (
          <li key={i} data-warning={w.code}>
            {p && <Badge provenance={p} />} {prefix}
            {warningText(op, w, {dtype: state.dtype, ranks: state.ranks, m: state.m})}
          </li>
        );
      })}
    </ul>
  );
}

/** The table caption: a title, the formula and the provenance badges of the steps behind it. */
function Caption({
  title,
  formula,
  op,
  ids,
  steps,
}: {
  title: string;
  formula?: string;
  op: PlaygroundOp;
  ids: string[];
  steps: Step[];
}): ReactNode {
  return (
    <>
      {title}
      {formula && (
        <>
          {' '}
          <code className={styles.formula}>{formula}</code>
        </>
      )}{' '}
      <StepBadges op={op} ids={ids} steps={steps} />
    </>
  );
}

function QmarResults({state, q}: {state: PlaygroundState; q: QmarEvaluation}): ReactNode {
  const {result, unsplit, ulps, splitInputs} = q;
  const y = state.dtype;
  const op = QmarOp;
  const hex = state.hex;
  const allSteps = qmarSteps(y, state.pertoken, state.x3);
  const outLabel = state.split
    ? translate({id: 'playground.output.split', message: '输出 out：拆分到 {w} 张卡后 AllReduce'}, {w: state.ranks})
    : translate({id: 'playground.output', message: '输出 out'});
  const differ = ulps ? ulps.filter((u) => u !== 0).length : 0;
  const maxUlp = ulps ? Math.max(0, ...ulps.map((u) => u ?? 0)) : 0;
  return (
    <>
      <div className={clsx(state.split && styles.compare)}>
        <MatrixTable
          id="pg-output"
          tensor={result.output}
          hex={hex}
          label={outLabel}
          caption={
            <Caption
              title={`${outLabel} · ${y} ${shapeText(result.output.shape)}`}
              op={op}
              ids={['allreduce-dtype', 'allreduce-order']}
              steps={allSteps}
            />
          }
        />
        {unsplit && ulps && (
          <>
            <MatrixTable
              id="pg-unsplit-output"
              tensor={unsplit.output}
              hex={hex}
              label={translate({id: 'playground.output.unsplit', message: '不拆分（1 张卡）的输出'})}
              caption={translate({id: 'playground.output.unsplit', message: '不拆分（1 张卡）的输出'})}
            />
            <MatrixTable
              id="pg-ulps"
              tensor={{shape: result.output.shape, dtype: 'INT32', data: ulps.map((u) => u ?? 0)}}
              hex={false}
              label={translate({id: 'playground.ulps', message: '差（{dtype} ulp）'}, {dtype: y})}
              caption={translate({id: 'playground.ulps', message: '差（{dtype} ulp）'}, {dtype: y})}
              text={(i) => (ulps[i] === null ? '—' : String(ulps[i]))}
            />
          </>
        )}
      </div>
      {ulps && (
        <p id="pg-split-summary" data-equal={differ === 0} className={differ === 0 ? styles.ok : styles.note}>
          {differ === 0
            ? translate({id: 'playground.split.equal', message: '两者逐位相同：这组输入下拆分不改变结果。'})
            : translate(
                {
                  id: 'playground.split.differ',
                  message:
                    '{count} / {total} 个元素不同，最多相差 {max} ulp：每张卡先舍入到 {dtype} 再求和，所以拆分后的结果只在舍入的意义上等于不拆分的结果。',
                },
                {count: differ, total: ulps.length, max: maxUlp, dtype: y},
              )}
        </p>
      )}
      <Warnings op={op} warnings={result.warnings} state={state} />
      {unsplit && (
        <Warnings
          op={op}
          warnings={unsplit.warnings}
          state={state}
          prefix={translate({id: 'playground.unsplitPrefix', message: '不拆分时：'})}
        />
      )}
      <h4 className={styles.h3}>{translate({id: 'playground.ranks.title', message: '各卡的中间结果'})}</h4>
      {result.ranks.map((r) => (
        <LazyDetails
          key={r.rank}
          id={`pg-rank-${r.rank}`}
          defaultOpen={r.rank === 0}
          summary={translate({id: 'playground.rank', message: '卡 {rank}'}, {rank: r.rank})}>
          {() => <QmarRank r={r} input={splitInputs?.[r.rank] ?? null} state={state} />}
        </LazyDetails>
      ))}
      {result.partials.length > 0 && (
        <LazyDetails
          id="pg-allreduce"
          defaultOpen={false}
          summary={translate({id: 'playground.allreduce', message: 'AllReduce 的部分和（按卡 0…W−1 的顺序）'})}>
          {() =>
            result.partials.map((p, i) => (
              <MatrixTable
                key={i}
                tensor={p}
                hex={hex}
                label={translate({id: 'playground.partial', message: '卡 0…{rank} 之和'}, {rank: i + 1})}
                caption={
                  <Caption
                    title={translate({id: 'playground.partial', message: '卡 0…{rank} 之和'}, {rank: i + 1})}
                    formula={`round_${y === 'FLOAT16' ? 'f16' : 'bf16'}(s + local[${i + 1}])`}
                    op={op}
                    ids={['allreduce-dtype', 'allreduce-order']}
                    steps={allSteps}
                  />
                }
              />
            ))
          }
        </LazyDetails>
      )}
    </>
  );
}

function QmarRank({
  r,
  input,
  state,
}: {
  r: QmarRankResult;
  input: QmarRankInput | null;
  state: PlaygroundState;
}): ReactNode {
  const op = QmarOp;
  const hex = state.hex;
  const y = state.dtype;
  const fixpipe = y === 'FLOAT16' && !state.pertoken;
  const steps = r.steps;
  const table = (t: ResultTensor, title: string, formula: string, ids: string[]) => (
    <MatrixTable
      tensor={t}
      hex={hex}
      label={`${translate({id: 'playground.rank', message: '卡 {rank}'}, {rank: r.rank})}: ${title}`}
      caption={<Caption title={title} formula={formula} op={op} ids={ids} steps={steps} />}
    />
  );
  return (
    <>
      {input && (
        <div className={styles.compare}>
          {table(
            {...input.x1, dtype: 'INT8'},
            translate({id: 'playground.stage.x1slice', message: '本卡的 x1 切片'}),
            `x1[:, k_r]`,
            [],
          )}
          {table(
            {...input.x2, dtype: 'INT8'},
            translate({id: 'playground.stage.x2slice', message: '本卡的 x2 切片'}),
            `x2[k_r, :]`,
            [],
          )}
        </div>
      )}
      {table(r.acc, translate({id: 'playground.stage.acc', message: 'int32 累加'}), 'acc = Σ x1·x2 + bias', [
        'int32-accumulate',
        'int32-range',
      ])}
      {table(
        r.scale,
        translate({id: 'playground.stage.scale', message: '实际使用的 scale'}),
        fixpipe ? 'fp19(dequantScale)' : y === 'BFLOAT16' ? 'bf16(dequantScale)' : 'f32(dequantScale)',
        fixpipe ? ['fp19-decode'] : [],
      )}
      {table(
        r.dequantized,
        translate({id: 'playground.stage.dequantized', message: '反量化（fp32）'}),
        fixpipe ? 'd = f32(f32(acc)·s)' : 'd = f32(f32(acc)·f32(s))',
        fixpipe ? ['int-to-f32-fixpipe', 'dequant-product-fixpipe'] : ['int-to-f32-vector', 'dequant-product-vector'],
      )}
      {r.afterPertoken &&
        table(
          r.afterPertoken,
          translate({id: 'playground.stage.pertoken', message: '乘 pertoken 之后（fp32）'}),
          'p = f32(d·pertoken[i])',
          ['pertoken-product'],
        )}
      {table(
        r.converted,
        translate({id: 'playground.stage.converted', message: '转换为 {dtype}'}, {dtype: y}),
        fixpipe ? 'v = f16sat(d)' : y === 'FLOAT16' ? 'v = f16(p)' : 'v = bf16(p)',
        fixpipe ? ['f16sat'] : y === 'FLOAT16' ? ['cast-f16', 'overflow-inf'] : ['cast-bf16'],
      )}
      {r.afterX3 &&
        table(
          r.afterX3,
          translate({id: 'playground.stage.x3', message: '加本卡的 x3 之后（即本卡送入 AllReduce 的值）'}),
          y === 'FLOAT16' ? 'v = f16(v + x3)' : 'v = bf16(f32(v + x3))',
          [y === 'FLOAT16' ? 'x3-add-f16' : 'x3-add-bf16'],
        )}
    </>
  );
}

function WqbmmResults({state, r}: {state: PlaygroundState; r: WqbmmResult}): ReactNode {
  const op = WqbmmOp;
  const hex = state.hex;
  const steps = r.steps;
  const table = (t: ResultTensor | null, title: string, formula: string, ids: string[], id?: string) =>
    t && (
      <MatrixTable
        id={id}
        tensor={t}
        hex={hex}
        label={title}
        caption={<Caption title={title} formula={formula} op={op} ids={ids} steps={steps} />}
      />
    );
  const skipped = (what: string) => <p className={styles.note}>{what}</p>;
  const s = r.singleOp;
  const f = r.fixpipe;
  return (
    <>
      {table(
        r.output,
        `${translate({id: 'playground.output', message: '输出 out'})} · FLOAT16 ${shapeText(r.output.shape)}`,
        r.path === 'empty' ? 'out = f16(0 + f16(bias))' : 'out = f16(acc)',
        r.path === 'empty' ? ['empty-tensor'] : ['output-cast'],
        'pg-output',
      )}
      <Warnings op={op} warnings={r.warnings} state={state} />
      {r.path !== 'empty' && (
        <LazyDetails
          id="pg-intermediates"
          defaultOpen
          summary={translate({id: 'playground.intermediates', message: '中间结果'})}>
          {() => (
            <>
              <div className={styles.compare}>
                {table(
                  r.x1,
                  translate({id: 'playground.stage.x1', message: '逻辑上的 x1 (m, k)'}),
                  state.transposeX1 ? 'x1ᵀ' : 'x1',
                  ['path-select', 'transpose'],
                )}
                {table(
                  r.x2,
                  translate({id: 'playground.stage.x2', message: '逻辑上的 x2 (k, n)'}),
                  state.transposeX2 ? 'x2ᵀ' : 'x2',
                  ['transpose'],
                )}
              </div>
              {f && (
                <>
                  {table(
                    f.offsetSum,
                    translate({id: 'playground.stage.offsetSum', message: 'x2 + deqOffset（int32）'}),
                    'o = x2 + deqOffset[j]',
                    ['fixpipe-offset'],
                  )}
                  {table(
                    f.scale,
                    translate({id: 'playground.stage.deqScale', message: 'deqScale 的 fp19 值'}),
                    's = fp19(deqScale)',
                    ['fp19-decode'],
                  )}
                  {table(
                    f.product,
                    translate({id: 'playground.stage.product', message: '乘积（fp32）'}),
                    'p = f32(f32(o)·s)',
                    ['int-to-f32-fixpipe', 'dequant-product-fixpipe'],
                  )}
                </>
              )}
              {s && (
                <>
                  {s.afterAntiquantOffset
                    ? table(
                        s.afterAntiquantOffset,
                        translate({id: 'playground.stage.aqOffset', message: '加 antiquantOffset 之后（fp32）'}),
                        'w = f32(x2 + antiquantOffset)',
                        ['antiquant-cast', 'antiquant-offset'],
                      )
                    : skipped(
                        translate({
                          id: 'playground.skipped.aqOffset',
                          message: '未加 antiquantOffset：未传入，或 |antiquantOffset| ≤ 2^-23。',
                        }),
                      )}
                  {s.afterAntiquantScale
                    ? table(
                        s.afterAntiquantScale,
                        translate({id: 'playground.stage.aqScale', message: '乘 antiquantScale 之后（fp32）'}),
                        'w = f32(w·antiquantScale)',
                        ['antiquant-scale'],
                      )
                    : skipped(
                        translate({
                          id: 'playground.skipped.aqScale',
                          message: '未乘 antiquantScale：未传入，或 |antiquantScale − 1| ≤ 2^-23。',
                        }),
                      )}
                  {table(s.cast, translate({id: 'playground.stage.cast', message: '转换为 FLOAT16'}), 'w = f16(w)', [
                    'antiquant-cast',
                    'weight-cast-f16',
                  ])}
                  {table(
                    s.afterAddOffset,
                    translate({id: 'playground.stage.addOffset', message: '加 addOffset 之后（FLOAT16）'}),
                    'w = f16(w + addOffset[j])',
                    ['add-offset'],
                  )}
                  {table(
                    s.afterMulScale,
                    translate({id: 'playground.stage.mulScale', message: '乘 mulScale 之后（FLOAT16）'}),
                    'w = f16(w·mulScale[j])',
                    ['mul-scale'],
                  )}
                </>
              )}
              {table(
                r.weight,
                translate({id: 'playground.stage.weight', message: '矩阵乘使用的 FLOAT16 权重 W'}),
                f ? 'W = f16sat(p)' : 'W = w',
                f ? ['f16sat'] : [],
              )}
              {table(
                r.bias,
                translate({id: 'playground.stage.bias', message: '进入累加器的 bias'}),
                f ? 'b = f32(bias)' : 'b = f16(f32(bias))',
                [f ? 'bias-f32' : 'bias-f16'],
              )}
              {table(
                r.accumulator,
                translate({id: 'playground.stage.accumulator', message: 'fp32 累加器（转换前）'}),
                'acc = f32(… f32(b + x1·W) …)',
                ['matmul-accumulate'],
              )}
            </>
          )}
        </LazyDetails>
      )}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Steps and provenance

function Steps({state, ev}: {state: PlaygroundState; ev: Evaluation}): ReactNode {
  const op = state.op;
  const steps: Step[] = op === QmarOp ? qmarSteps(state.dtype, state.pertoken, state.x3) : (ev.wqbmm?.steps ?? []);
  const provs: Provenance[] = ['code', 'doc', 'inferred', 'unknown'];
  const caption = translate({id: 'playground.steps.caption', message: '计算步骤（按顺序）与来源'});
  return (
    <section className={styles.section} aria-labelledby="pg-steps-title">
      <h3 id="pg-steps-title" className={styles.h2}>
        {translate({id: 'playground.steps.title', message: '步骤与来源'})}
      </h3>
      <p className={styles.muted}>
        {translate({
          id: 'playground.steps.intro',
          message: '每一步都标明依据。结果表格标题旁的标记链接到下表中对应的步骤。',
        })}
      </p>
      <ul className={styles.legend} aria-label={translate({id: 'playground.legend', message: '来源图例'})}>
        {provs.map((p) => (
          <li key={p}>
            <Badge provenance={p} /> {provenanceLabel(p).long}
          </li>
        ))}
      </ul>
      {steps.length === 0 ? (
        <p className={styles.muted}>
          {translate({id: 'playground.steps.none', message: '输入有效后显示这组输入的计算步骤。'})}
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table id="pg-steps" className={styles.steps}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{translate({id: 'playground.steps.step', message: '步骤'})}</th>
                <th scope="col">{translate({id: 'playground.steps.formula', message: '公式'})}</th>
                <th scope="col">{translate({id: 'playground.steps.provenance', message: '来源'})}</th>
                <th scope="col">{translate({id: 'playground.steps.note', message: '说明'})}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => {
                const t = stepText(op, s.id);
                return (
                  <tr key={s.id} id={`pg-step-${s.id}`} data-provenance={s.provenance}>
                    <td>{i + 1}</td>
                    <th scope="row">{t?.name ?? s.name}</th>
                    <td>
                      <code>{s.formula}</code>
                    </td>
                    <td>
                      <Badge provenance={s.provenance} />
                    </td>
                    <td>{t?.note ?? s.note}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
