/**
 * The call checker page (/tools/checker): a form for a call description of either operator, the
 * verdict of `checkCall` updated as the user types, the JSON the CLI accepts (editable both ways),
 * and the whole call in the URL (`?call=<base64url(JSON)>`, src/lib/checker/url.ts).
 *
 * User input is only ever rendered as text. The server renders the first sample; the URL's call is
 * applied after hydration.
 */
import React, {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from './i18n';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {checkCall, checkedOperators, type CheckResult, type Verdict} from '@site/src/lib/checker';
import {LatestRelease, ReleaseIds, Releases} from '@site/src/lib/versions';
import {samplePresets, type SamplePreset} from '@site/src/lib/checker/presets';
import {
  decodeCallFromSearch,
  encodeCallToSearch,
  MaxEncodedCallLength,
  type DecodeFailure,
} from '@site/src/lib/checker/url';
import {callParameters} from '@site/src/lib/callDescription';
import {DTypes} from '@site/src/operators/constants';
import type {L10n} from '@site/src/operators/schema';
import SpecText from '../SpecText';
import {ScrollTable} from '../Anchored';
import {useStatusCodes} from '../OperatorData';
import {copyText} from '@site/src/lib/clipboard';
import {
  attrFieldId,
  callFromDraft,
  draftFromCall,
  draftProblems,
  emptyTensor,
  fieldPaths,
  Formats,
  MaxFieldLength,
  tensorFieldId,
  type Draft,
  type Dropped,
  type FieldProblem,
  type TensorDraft,
} from './draft';
import styles from './styles.module.css';

type Locale = 'zh-Hans' | 'en';

/** The longest JSON text the editor reads. */
const MaxJsonLength = 64 * 1024;

function useLocale(): Locale {
  return useDocusaurusContext().i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function presetDraft(preset: SamplePreset): Draft {
  const read = draftFromCall(preset.call);
  if (!read.ok) throw new Error(`checker: preset ${preset.id} is not a call description`);
  return read.draft;
}

/** Editor status: in step with the form, or why the text was not applied. */
type JsonStatus =
  | {kind: 'synced'}
  | {kind: 'applied'; dropped: Dropped[]; problems: string[]}
  | {kind: 'too-long'}
  | {kind: 'syntax'; detail: string}
  | {kind: 'not-object'}
  | {kind: 'operator'};

function fieldMessage(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'empty-shape':
      return translate({
        id: 'checker.field.emptyShape',
        message: '请填写各维大小，例如 64, 1024（0 维张量写 []）。',
      });
    case 'bad-dim':
      return translate(
        {
          id: 'checker.field.badDim',
          message: '“{token}” 不是数字。shape 写成以逗号或空格分隔的整数，例如 64, 1024。',
        },
        {token: problem.token},
      );
    case 'not-integer':
      return translate({id: 'checker.field.notInteger', message: '“{text}” 不是整数。'}, {text: problem.text});
    case 'not-number':
      return translate({id: 'checker.field.notNumber', message: '“{text}” 不是有限的数字。'}, {text: problem.text});
    case 'too-long':
      return translate({id: 'checker.field.tooLong', message: '最多 {max} 个字符。'}, {max: problem.max});
  }
}

function stageLabel(stage: string): string {
  switch (stage) {
    case 'parameter check':
      return translate({id: 'checker.stage.parameterCheck', message: '参数校验'});
    case 'tiling':
      return translate({id: 'checker.stage.tiling', message: 'Tiling 阶段'});
    case 'later in phase 1':
      return translate({id: 'checker.stage.later', message: '第一段接口的后续步骤'});
    case 'none':
      return translate({id: 'checker.stage.none', message: '不拒绝'});
    case 'l0 op':
      return translate({id: 'checker.stage.l0op', message: 'l0 算子（shape 推导与 kernel）'});
    case 'framework':
      return translate({id: 'checker.stage.framework', message: '生成的 aclnnInner 接口背后的框架'});
    case 'crash':
      return translate({id: 'checker.stage.crash', message: '崩溃（空指针解引用，不返回状态码）'});
    case 'unpublished release':
      return translate({id: 'checker.stage.unpublished', message: '该版本的代码'});
    default:
      return stage;
  }
}

/** The JSON path of a checker problem (`tensors.x1.shape[1]: …` → `tensors.x1.shape[1]`). */
function problemPath(problem: string): string {
  const i = problem.indexOf(': ');
  return i < 0 ? '' : problem.slice(0, i);
}

function pathMatches(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`);
}

export default function Checker(): ReactNode {
  const locale = useLocale();
  const location = useLocation();
  const history = useHistory();
  const statusCodes = useStatusCodes();
  const knownCodes = useMemo(() => new Set(statusCodes.map((s) => s.code)), [statusCodes]);

  const [draft, setDraft] = useState<Draft>(() => presetDraft(samplePresets[0]));
  const [jsonText, setJsonText] = useState<string>(() => pretty(callFromDraft(presetDraft(samplePresets[0]))));
  const [jsonStatus, setJsonStatus] = useState<JsonStatus>({kind: 'synced'});
  const [linkProblem, setLinkProblem] = useState<DecodeFailure | null>(null);
  const [tooLargeForLink, setTooLargeForLink] = useState(false);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const written = useRef<string | null>(null);
  const copyTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(copyTimer.current), []);

  // Apply the URL's call after hydration (and when the URL changes other than by this page).
  useEffect(() => {
    if (location.search === written.current) return;
    const decoded = decodeCallFromSearch(location.search);
    if (!decoded.ok) {
      setLinkProblem(decoded.reason === 'absent' ? null : decoded.reason);
      return;
    }
    const read = draftFromCall(decoded.call);
    if (!read.ok) {
      setLinkProblem('invalid');
      return;
    }
    setLinkProblem(null);
    setDraft(read.draft);
    setJsonText(pretty(decoded.call));
    const checked = checkCall(decoded.call);
    setJsonStatus(
      read.dropped.length > 0 || !checked.ok
        ? {kind: 'applied', dropped: read.dropped, problems: checked.ok ? [] : checked.problems}
        : {kind: 'synced'},
    );
  }, [location.search]);

  /** Make `next` the current call: state, URL (history.replace). */
  const commit = (next: Draft) => {
    setDraft(next);
    const search = encodeCallToSearch(callFromDraft(next));
    if (search.length - '?call='.length > MaxEncodedCallLength) {
      setTooLargeForLink(true);
      return;
    }
    setTooLargeForLink(false);
    written.current = search;
    history.replace({pathname: location.pathname, search, hash: location.hash});
  };

  /** A change made in the form: the JSON editor follows. */
  const commitForm = (next: Draft) => {
    commit(next);
    setJsonText(pretty(callFromDraft(next)));
    setJsonStatus({kind: 'synced'});
  };

  const updateTensor = (name: string, patch: Partial<TensorDraft>) =>
    commitForm({...draft, tensors: {...draft.tensors, [name]: {...draft.tensors[name], ...patch}}});
  const updateAttr = (name: string, value: string | boolean) =>
    commitForm({...draft, attrs: {...draft.attrs, [name]: value}});
  const loadPreset = (preset: SamplePreset) => commitForm(presetDraft(preset));
  const changeOperator = (operator: string) => {
    if (operator === draft.operator) return;
    const first = samplePresets.find((p) => p.operator === operator);
    if (first) commitForm(presetDraft(first));
  };

  const editJson = (text: string) => {
    setJsonText(text);
    if (text.length > MaxJsonLength) {
      setJsonStatus({kind: 'too-long'});
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 160) : '';
      setJsonStatus({kind: 'syntax', detail});
      return;
    }
    const read = draftFromCall(parsed);
    if (!read.ok) {
      setJsonStatus({kind: read.reason});
      return;
    }
    const checked = checkCall(parsed);
    commit(read.draft);
    setJsonStatus({kind: 'applied', dropped: read.dropped, problems: checked.ok ? [] : checked.problems});
  };

  const copyLink = async () => {
    const url = new URL(window.location.href);
    url.search = encodeCallToSearch(callFromDraft(draft));
    url.hash = '';
    const ok = await copyText(url.toString());
    setCopied(ok ? 'ok' : 'failed');
    window.clearTimeout(copyTimer.current);
    copyTimer.current = window.setTimeout(() => setCopied(null), 4000);
  };

  const call = useMemo(() => callFromDraft(draft), [draft]);
  const result: CheckResult = useMemo(() => checkCall(call), [call]);
  const formProblems = useMemo(() => draftProblems(draft), [draft]);
  // The checker's problems shown next to the field they concern (when the form has none there).
  const checkerFieldProblems = useMemo(() => {
    const out = new Map<string, string[]>();
    if (result.ok) return out;
    const fields = fieldPaths(draft);
    for (const problem of result.problems) {
      const path = problemPath(problem);
      const field = fields.find((f) => pathMatches(path, f.path));
      if (field && !formProblems.has(field.id)) out.set(field.id, [...(out.get(field.id) ?? []), problem]);
    }
    return out;
  }, [result, draft, formProblems]);

  const messageFor = (id: string): string[] => {
    const form = formProblems.get(id);
    if (form) return [fieldMessage(form)];
    return checkerFieldProblems.get(id) ?? [];
  };

  const params = callParameters[draft.operator];
  const l10n = (text: L10n) => text[locale];

  return (
    <div className={styles.checker}>
      {linkProblem && (
        <p className={clsx(styles.banner, styles.warning)} id="checker-link-problem">
          {linkProblem === 'too-large'
            ? translate({
                id: 'checker.link.tooLarge',
                message: '链接中的调用描述超过 16 KB，已忽略；下面显示的是默认示例。',
              })
            : translate({
                id: 'checker.link.invalid',
                message: '无法读取链接中的调用描述（链接可能不完整），已忽略；下面显示的是默认示例。',
              })}
        </p>
      )}

      <section className={styles.panel} aria-labelledby="checker-presets-title">
        <h3 id="checker-presets-title" className={styles.panelTitle}>
          {translate({id: 'checker.presets.title', message: '从示例开始'})}
        </h3>
        <ul className={styles.presets}>
          {samplePresets.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button--secondary button--sm"
                data-preset={p.id}
                onClick={() => loadPreset(p)}>
                {l10n(p.title)}
                <span className={styles.presetOp}>{p.operator.replace(/^aclnn/, '')}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-labelledby="checker-form-title">
        <h3 id="checker-form-title" className={styles.panelTitle}>
          {translate({id: 'checker.form.title', message: '调用描述'})}
        </h3>
        <div className={styles.topFields}>
          <label htmlFor="chk-operator">
            {translate({id: 'checker.operator', message: '算子'})}
            <select id="chk-operator" value={draft.operator} onChange={(e) => changeOperator(e.target.value)}>
              {checkedOperators.map((op) => (
                <option key={op} value={op}>
                  {op}
                </option>
              ))}
            </select>
          </label>
          <TextField
            id="chk-product"
            label={translate({id: 'checker.product', message: '产品（可选，不参与检查）'})}
            value={draft.product}
            messages={messageFor('chk-product')}
            onChange={(v) => commitForm({...draft, product: v})}
          />
          <div className={styles.field}>
            <label htmlFor="chk-cann">{translate({id: 'checker.cannVersion', message: 'CANN 版本（可选）'})}</label>
            <select
              id="chk-cann"
              value={draft.cannVersion}
              aria-invalid={messageFor('chk-cann').length > 0}
              aria-describedby={messageFor('chk-cann').length > 0 ? 'chk-cann-error' : undefined}
              onChange={(e) => commitForm({...draft, cannVersion: e.target.value})}>
              <option value="">
                {translate({id: 'checker.cannVersion.latest', message: '最新（{release}）'}, {release: LatestRelease})}
              </option>
              {Releases.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label[locale]}
                </option>
              ))}
              {draft.cannVersion !== '' && !ReleaseIds.includes(draft.cannVersion) && (
                <option value={draft.cannVersion}>{draft.cannVersion}</option>
              )}
            </select>
            <FieldMessages id="chk-cann" messages={messageFor('chk-cann')} />
          </div>
        </div>

        <ScrollTable label={translate({id: 'checker.tensors.caption', message: '张量参数'})}>
          <table className={styles.tensors}>
            <caption>{translate({id: 'checker.tensors.caption', message: '张量参数'})}</caption>
            <thead>
              <tr>
                <th scope="col">{translate({id: 'checker.col.param', message: '参数'})}</th>
                <th scope="col">{translate({id: 'checker.col.present', message: '传入'})}</th>
                <th scope="col">shape</th>
                <th scope="col">dtype</th>
                <th scope="col">format</th>
                <th scope="col">{translate({id: 'checker.col.transposed', message: '转置'})}</th>
                <th scope="col">{translate({id: 'checker.col.contiguous', message: '连续'})}</th>
                <th scope="col">storage_shape</th>
              </tr>
            </thead>
            <tbody>
              {params.tensors.map((name) => (
                <TensorRow
                  key={`${draft.operator}:${name}`}
                  operator={draft.operator}
                  name={name}
                  tensor={draft.tensors[name] ?? emptyTensor(draft.operator, name)}
                  messageFor={messageFor}
                  onChange={(patch) => updateTensor(name, patch)}
                />
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <p className={styles.hint}>
          {translate({
            id: 'checker.tensors.hint',
            message:
              '不勾选“传入”表示空指针。shape 为视图形状（API 收到的 shape），以逗号或空格分隔；storage_shape 为存储形状（FRACTAL_NZ 权重的 4 维存储，或转置视图的存储），可不填。WeightQuantBatchMatmul 设置 transposeX1 时，m 取 x1 视图形状的最后一维。',
          })}
        </p>

        <fieldset className={styles.attrs}>
          <legend>{translate({id: 'checker.attrs', message: '其他参数'})}</legend>
          {params.attrs.map((name) => {
            const kind = params.attrKinds[name];
            const value = draft.attrs[name];
            const id = attrFieldId(name);
            if (kind === 'boolean') {
              return (
                <label key={name} htmlFor={id} className={styles.checkLabel}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={value === true}
                    onChange={(e) => updateAttr(name, e.target.checked)}
                  />
                  <code>{name}</code>
                </label>
              );
            }
            return (
              <TextField
                key={name}
                id={id}
                label={<code>{name}</code>}
                value={typeof value === 'string' ? value : String(value)}
                inputMode={kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : undefined}
                messages={messageFor(id)}
                onChange={(v) => updateAttr(name, v)}
                narrow={kind !== 'string'}
              />
            );
          })}
        </fieldset>
      </form>

      <div className={styles.linkBar}>
        <button
          type="button"
          className="button button--primary button--sm"
          id="checker-copy-link"
          disabled={tooLargeForLink}
          onClick={() => void copyLink()}>
          {translate({id: 'checker.copyLink', message: '复制此检查的链接'})}
        </button>
        <span role="status" aria-live="polite" id="checker-copy-status" className={styles.copyStatus}>
          {copied === 'ok'
            ? translate({id: 'checker.copyLink.done', message: '已复制链接'})
            : copied === 'failed'
              ? translate({id: 'checker.copyLink.failed', message: '复制失败，请手动复制地址栏中的链接'})
              : ''}
        </span>
        {tooLargeForLink && (
          <span className={styles.fieldError}>
            {translate({
              id: 'checker.link.tooLargeToShare',
              message: '调用描述超过 16 KB，无法放进链接；地址栏保留的是上一个可放进链接的版本。',
            })}
          </span>
        )}
      </div>

      <VerdictView result={result} locale={locale} knownCodes={knownCodes} fieldProblemCount={formProblems.size} />

      <details className={styles.json} id="checker-json">
        <summary>{translate({id: 'checker.json.summary.v2', message: 'JSON：调用描述（可编辑）'})}</summary>
        <p className={styles.hint}>
          {translate({
            id: 'checker.json.hint.v2',
            message:
              '表单描述的调用也可以写成 JSON：把 JSON 粘贴到这里，表单和结果会随之更新；修改表单，这里的 JSON 也会更新。供脚本使用：同样的 JSON 也可以交给仓库中的命令行检查工具（见 README）。',
          })}
        </p>
        <label htmlFor="chk-json" className={styles.jsonLabel}>
          {translate({id: 'checker.json.label', message: '调用描述 JSON'})}
        </label>
        <textarea
          id="chk-json"
          className={styles.jsonArea}
          value={jsonText}
          spellCheck={false}
          rows={16}
          aria-describedby="chk-json-status"
          aria-invalid={['syntax', 'not-object', 'operator', 'too-long'].includes(jsonStatus.kind)}
          onChange={(e) => editJson(e.target.value)}
        />
        <JsonStatusView status={jsonStatus} />
      </details>
    </div>
  );
}

function FieldMessages({id, messages}: {id: string; messages: string[]}): ReactNode {
  if (messages.length === 0) return null;
  return (
    <span id={`${id}-error`} className={styles.fieldError} data-field-error={id}>
      {messages.map((m, i) => (
        <span key={i} className={styles.fieldErrorLine}>
          {m}
        </span>
      ))}
    </span>
  );
}

function TextField({
  id,
  label,
  value,
  messages,
  onChange,
  inputMode,
  narrow,
  disabled,
  srOnlyLabel,
  placeholder,
}: {
  id: string;
  label: ReactNode;
  value: string;
  messages: string[];
  onChange: (value: string) => void;
  inputMode?: 'numeric' | 'decimal';
  narrow?: boolean;
  disabled?: boolean;
  srOnlyLabel?: boolean;
  placeholder?: string;
}): ReactNode {
  const invalid = messages.length > 0 && !disabled;
  return (
    <div className={clsx(styles.field, narrow && styles.narrow)}>
      <label htmlFor={id} className={clsx(srOnlyLabel && 'sr-only')}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        inputMode={inputMode}
        maxLength={MaxFieldLength}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {!disabled && <FieldMessages id={id} messages={messages} />}
    </div>
  );
}

function TensorRow({
  operator,
  name,
  tensor,
  messageFor,
  onChange,
}: {
  operator: string;
  name: string;
  tensor: TensorDraft;
  messageFor: (id: string) => string[];
  onChange: (patch: Partial<TensorDraft>) => void;
}): ReactNode {
  const off = !tensor.present;
  const fid = (field: keyof TensorDraft) => tensorFieldId(name, field);
  const labelOf = (what: string) => translate({id: 'checker.field.label', message: '{name} 的 {what}'}, {name, what});
  const dtypeMessages = messageFor(fid('dtype'));
  const formatMessages = messageFor(fid('format'));
  return (
    <tr data-tensor={name} className={clsx(off && styles.absent)}>
      <th scope="row">
        <Link to={`/operators/${operator}#param-${name}`}>
          <code>{name}</code>
        </Link>
      </th>
      <td>
        <label htmlFor={fid('present')} className={styles.checkLabel}>
          <input
            id={fid('present')}
            type="checkbox"
            checked={tensor.present}
            onChange={(e) => onChange({present: e.target.checked})}
          />
          <span className="sr-only">
            {translate({id: 'checker.field.present', message: '{name}：传入（非空指针）'}, {name})}
          </span>
          <span aria-hidden="true" className={styles.presentText}>
            {tensor.present
              ? translate({id: 'checker.present.yes', message: '是'})
              : translate({id: 'checker.present.null', message: '空指针'})}
          </span>
        </label>
      </td>
      <td className={styles.shapeCell}>
        <TextField
          id={fid('shape')}
          label={labelOf('shape')}
          srOnlyLabel
          value={tensor.shape}
          disabled={off}
          placeholder={off ? undefined : '64, 1024'}
          messages={messageFor(fid('shape'))}
          onChange={(v) => onChange({shape: v})}
        />
      </td>
      <td>
        <label htmlFor={fid('dtype')} className="sr-only">
          {labelOf('dtype')}
        </label>
        <select
          id={fid('dtype')}
          value={tensor.dtype}
          disabled={off}
          aria-invalid={dtypeMessages.length > 0 && !off}
          onChange={(e) => onChange({dtype: e.target.value})}>
          {!(DTypes as readonly string[]).includes(tensor.dtype) && (
            <option value={tensor.dtype}>{tensor.dtype}</option>
          )}
          {DTypes.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        {!off && <FieldMessages id={fid('dtype')} messages={dtypeMessages} />}
      </td>
      <td>
        <label htmlFor={fid('format')} className="sr-only">
          {labelOf('format')}
        </label>
        <select
          id={fid('format')}
          value={tensor.format}
          disabled={off}
          aria-invalid={formatMessages.length > 0 && !off}
          onChange={(e) => onChange({format: e.target.value})}>
          {!(Formats as readonly string[]).includes(tensor.format) && (
            <option value={tensor.format}>{tensor.format}</option>
          )}
          {Formats.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        {!off && <FieldMessages id={fid('format')} messages={formatMessages} />}
      </td>
      <td>
        <label htmlFor={fid('transposed')} className={styles.checkLabel}>
          <input
            id={fid('transposed')}
            type="checkbox"
            checked={tensor.transposed}
            disabled={off}
            onChange={(e) => onChange({transposed: e.target.checked})}
          />
          <span className="sr-only">{labelOf('transposed')}</span>
        </label>
      </td>
      <td>
        <label htmlFor={fid('contiguous')} className={styles.checkLabel}>
          <input
            id={fid('contiguous')}
            type="checkbox"
            checked={tensor.contiguous}
            disabled={off}
            onChange={(e) => onChange({contiguous: e.target.checked})}
          />
          <span className="sr-only">{labelOf('contiguous')}</span>
        </label>
      </td>
      <td className={styles.shapeCell}>
        <TextField
          id={fid('storage')}
          label={labelOf('storage_shape')}
          srOnlyLabel
          value={tensor.storage}
          disabled={off}
          messages={messageFor(fid('storage'))}
          onChange={(v) => onChange({storage: v})}
        />
      </td>
    </tr>
  );
}

function StatusCode({code, knownCodes}: {code: number; knownCodes: Set<number>}): ReactNode {
  return knownCodes.has(code) ? (
    <Link to={`/concepts/return-codes#status-${code}`} data-status-link={code}>
      {code}
    </Link>
  ) : (
    <span>{code}</span>
  );
}

function VerdictView({
  result,
  locale,
  knownCodes,
  fieldProblemCount,
}: {
  result: CheckResult;
  locale: Locale;
  knownCodes: Set<number>;
  fieldProblemCount: number;
}): ReactNode {
  const title = translate({id: 'checker.verdict.title', message: '检查结果'});
  if (!result.ok) {
    return (
      <section
        id="checker-verdict"
        className={clsx(styles.verdict, styles.malformed)}
        data-state="malformed"
        aria-labelledby="checker-verdict-title">
        <h3 id="checker-verdict-title" className={styles.panelTitle}>
          {title}
        </h3>
        <p className={styles.summary} role="status">
          <strong>{translate({id: 'checker.verdict.malformed', message: '调用描述格式有误，无法检查'})}</strong>
          {fieldProblemCount > 0 && (
            <>
              {' '}
              {translate(
                {id: 'checker.verdict.malformed.fields', message: '（{count} 个字段需要修改，见表单中的提示）'},
                {count: fieldProblemCount},
              )}
            </>
          )}
        </p>
        <p className={styles.hint}>
          {translate({
            id: 'checker.verdict.malformed.hint.v2',
            message: '这段描述有下列问题（按 JSON 中的位置列出）：',
          })}
        </p>
        <ul className={styles.problems}>
          {result.problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const v: Verdict = result.verdict;
  const ok = v.documented.code === 0;
  return (
    <section
      id="checker-verdict"
      className={clsx(styles.verdict, ok ? styles.pass : styles.fail)}
      data-state="checked"
      data-code={v.documented.code}
      aria-labelledby="checker-verdict-title">
      <h3 id="checker-verdict-title" className={styles.panelTitle}>
        {title}
      </h3>
      <p className={styles.release} id="checker-release" data-cann={v.cannVersion.value}>
        {v.cannVersion.assumed
          ? translate(
              {id: 'checker.verdict.releaseAssumed', message: '按 CANN 版本 {release} 判断（未指定版本，默认最新）'},
              {release: v.cannVersion.value},
            )
          : translate(
              {id: 'checker.verdict.release', message: '按 CANN 版本 {release} 判断'},
              {release: v.cannVersion.value},
            )}
      </p>
      <p className={styles.summary} role="status" id="checker-documented">
        <span className={styles.label}>
          {translate({id: 'checker.verdict.documented', message: '按文档规则，第一段接口返回'})}
        </span>{' '}
        <code className={styles.statusName}>{v.documented.status}</code>{' '}
        <StatusCode code={v.documented.code} knownCodes={knownCodes} />
      </p>

      {v.implementation && v.implementation.status === 'UNDETERMINED' && (
        <div
          className={clsx(styles.implementation, styles.undetermined)}
          id="checker-implementation"
          data-impl-status="UNDETERMINED"
          data-impl-stage={v.implementation.stage}>
          <p className={styles.implHead}>
            <span className={styles.label}>
              {translate({id: 'checker.verdict.implementation.undetermined', message: '开源实现：未确定'})}
            </span>{' '}
            —{' '}
            {v.implementation.stage === 'crash'
              ? translate({id: 'checker.verdict.crash', message: '该版本的代码会崩溃，不返回状态码：'})
              : translate(
                  {id: 'checker.verdict.hiddenStage', message: '{stage}的源码未公开：'},
                  {stage: stageLabel(v.implementation.stage)},
                )}
          </p>
          <p className={styles.implNote}>
            <SpecText text={v.implementation.note[locale]} />
          </p>
        </div>
      )}
      {v.implementation && v.implementation.status !== 'UNDETERMINED' && v.implementation.code !== null && (
        <div
          className={styles.implementation}
          id="checker-implementation"
          data-impl-code={v.implementation.code}
          data-impl-stage={v.implementation.stage}>
          <p className={styles.implHead}>
            <span className={styles.label}>
              {translate({id: 'checker.verdict.implementation', message: '开源实现的行为不同：'})}
            </span>{' '}
            <code className={styles.statusName}>{v.implementation.status}</code>{' '}
            <StatusCode code={v.implementation.code} knownCodes={knownCodes} />{' '}
            <span className={styles.stage}>
              {translate(
                {id: 'checker.verdict.stage', message: '（阶段：{stage}）'},
                {stage: stageLabel(v.implementation.stage)},
              )}
            </span>
          </p>
          <p className={styles.implNote}>
            <SpecText text={v.implementation.note[locale]} />
            {v.implementation.anchor && (
              <>
                {' '}
                <Link to={v.implementation.anchor} data-impl-anchor>
                  {translate({id: 'checker.verdict.implementation.anchor', message: '详见勘误'})}
                </Link>
              </>
            )}
          </p>
        </div>
      )}

      {v.output && (
        <p id="checker-output">
          <span className={styles.label}>{translate({id: 'checker.verdict.output', message: '推断的输出：'})}</span>{' '}
          shape <code data-output-shape>{`(${v.output.shape.join(', ')})`}</code>, dtype{' '}
          <code data-output-dtype>{v.output.dtype}</code>
        </p>
      )}

      <h4 className={styles.subTitle}>
        {v.violations.length === 0
          ? translate({id: 'checker.verdict.noViolations', message: '没有违反任何约束'})
          : translate(
              {id: 'checker.verdict.violations', message: '违反的约束（{count}）'},
              {count: v.violations.length},
            )}
      </h4>
      {v.violations.length > 0 && (
        <ul className={styles.findings} id="checker-violations">
          {v.violations.map((x, i) => (
            <li key={`${x.constraint}-${i}`} data-constraint={x.constraint} data-group={x.group}>
              <Link to={x.anchor}>
                <code>{x.constraint}</code>
              </Link>{' '}
              <span className={clsx(styles.badge, x.group === 'implementation' && styles.badgeImpl)}>
                {x.group === 'implementation'
                  ? translate({id: 'checker.group.implementation', message: '开源实现'})
                  : translate({id: 'checker.group.documented', message: '文档'})}
              </span>
              {x.status !== undefined && (
                <>
                  {' '}
                  <StatusCode code={x.status} knownCodes={knownCodes} />
                </>
              )}
              {x.parameters.length > 0 && (
                <span className={styles.params}>
                  {' · '}
                  {x.parameters.map((p, j) => (
                    <React.Fragment key={p}>
                      {j > 0 && ', '}
                      <code>{p}</code>
                    </React.Fragment>
                  ))}
                </span>
              )}
              <div className={styles.message}>
                <SpecText text={x.message[locale]} />
              </div>
            </li>
          ))}
        </ul>
      )}

      {v.notes && v.notes.length > 0 && (
        <>
          <h4 className={styles.subTitle}>{translate({id: 'checker.verdict.notes', message: '备注（不影响结果）'})}</h4>
          <ul className={clsx(styles.findings, styles.notes)} id="checker-notes">
            {v.notes.map((n, i) => (
              <li key={`${n.constraint}-${i}`} data-note={n.constraint}>
                <Link to={n.anchor}>
                  <code>{n.constraint}</code>
                </Link>
                <div className={styles.message}>
                  <SpecText text={n.message[locale]} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function JsonStatusView({status}: {status: JsonStatus}): ReactNode {
  let body: ReactNode = null;
  let error = false;
  switch (status.kind) {
    case 'synced':
      body = translate({id: 'checker.json.synced', message: '与表单一致。'});
      break;
    case 'too-long':
      error = true;
      body = translate(
        {id: 'checker.json.tooLong', message: 'JSON 超过 {max} KB，未读取。'},
        {max: MaxJsonLength / 1024},
      );
      break;
    case 'syntax':
      error = true;
      body = (
        <>
          {translate({id: 'checker.json.syntax', message: '不是有效的 JSON，表单保持不变：'})}{' '}
          <code>{status.detail}</code>
        </>
      );
      break;
    case 'not-object':
      error = true;
      body = translate({
        id: 'checker.json.notObject',
        message: 'JSON 不是调用描述对象（应是含 operator、tensors、attrs 的对象），表单保持不变。',
      });
      break;
    case 'operator':
      error = true;
      body = translate(
        {id: 'checker.json.operator', message: '缺少 operator 或算子未知（可选 {ops}），表单保持不变。'},
        {ops: checkedOperators.join(', ')},
      );
      break;
    case 'applied':
      body = (
        <>
          {translate({id: 'checker.json.applied', message: '已应用到表单。'})}
          {status.dropped.length > 0 && (
            <>
              {' '}
              {translate({id: 'checker.json.dropped', message: '表单无法显示以下内容，已忽略：'})}{' '}
              {status.dropped.map((d, i) => (
                <React.Fragment key={i}>
                  {i > 0 && ', '}
                  <code>{d.path}</code>{' '}
                  {d.reason === 'unknown-key'
                    ? translate({id: 'checker.json.dropped.unknown', message: '（未知的键）'})
                    : translate({id: 'checker.json.dropped.type', message: '（类型不对）'})}
                </React.Fragment>
              ))}
            </>
          )}
          {status.problems.length > 0 && (
            <>
              {' '}
              {translate({
                id: 'checker.json.problems.v2',
                message: '这段 JSON 有下列问题：',
              })}
              <ul className={styles.problems}>
                {status.problems.slice(0, 20).map((p, i) => (
                  <li key={i}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
      break;
  }
  return (
    <div
      id="chk-json-status"
      className={clsx(styles.jsonStatus, error && styles.fieldError)}
      data-json-status={status.kind}>
      {body}
    </div>
  );
}
