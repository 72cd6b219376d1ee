/**
 * The dequantScale encoder page (/tools/dequant-scale): float32 scales (and optional offsets) →
 * the UINT64 words of the TransQuantParam variants (src/lib/encoding/dequantScale.ts), the scale the
 * hardware applies and its relative error; a decoder for one word; a C++ array literal.
 * Input is only rendered as text; sizes are capped (parse.ts).
 */
import React, {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {translate} from './i18n';
import {
  decode,
  effectiveScale,
  encodeV1Host,
  encodeV2,
  encodeV3,
  f32Bits,
  formatU64Hex,
  OffsetClearMask,
  parseU64,
  relativeError,
  toCppArrayLiteral,
} from '@site/src/lib/encoding/dequantScale';
import {ScrollTable} from '../Anchored';
import {copyText} from '@site/src/lib/clipboard';
import {
  formatFloat,
  formatRelativeError,
  MaxValues,
  readFloatList,
  readOptionalFloatList,
  type ListProblem,
} from './parse';
import styles from './styles.module.css';

/** Rows shown in the table (the C++ literal always holds every value). */
const MaxTableRows = 256;

type Variant = 'v2' | 'v3' | 'v1';

/** A token that could not be read: its row says why instead of showing numbers. */
interface InvalidRow {
  index: number;
  invalid: string;
}

interface Row {
  invalid?: undefined;
  index: number;
  scale: number;
  offset: number | undefined;
  bits: number;
  v1: bigint;
  v2: bigint;
  v3: bigint;
  effective: number;
  error: number;
  effectiveV3: number;
  errorV3: number;
}

function hex32(x: number): string {
  return `0x${(x >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function listMessage(problem: ListProblem, what: 'scale' | 'offset'): string {
  const item =
    what === 'scale'
      ? translate({id: 'encoder.item.scale', message: 'scale'})
      : translate({id: 'encoder.item.offset', message: 'offset'});
  switch (problem.kind) {
    case 'empty':
      return translate({id: 'encoder.input.empty', message: '请至少输入一个 scale，例如 0.1。'});
    case 'too-long':
      return translate({id: 'encoder.input.tooLong', message: '输入超过 {max} 个字符，未读取。'}, {max: problem.max});
    case 'too-many':
      return translate(
        {id: 'encoder.input.tooMany', message: '一次最多 {max} 个值（输入了 {count} 个）。'},
        {max: problem.max, count: problem.count},
      );
    case 'not-number':
      return translate(
        {id: 'encoder.input.notNumber', message: '第 {index} 个 {item}“{token}”不是数字。'},
        {index: problem.index, item, token: problem.token},
      );
    case 'not-finite':
      return translate(
        {id: 'encoder.input.notFinite', message: '第 {index} 个 {item}“{token}”不是有限的数（不接受 NaN、Infinity）。'},
        {index: problem.index, item, token: problem.token},
      );
    case 'float32-overflow':
      return translate(
        {id: 'encoder.input.overflow', message: '第 {index} 个 {item}“{token}”超出 float32 的范围。'},
        {index: problem.index, item, token: problem.token},
      );
  }
}

function computeRow(index: number, scale: number, offset: number | undefined): Row {
  const v1 = encodeV1Host(scale, offset);
  const v2 = encodeV2(scale, offset);
  const v3 = encodeV3(scale, offset, 1);
  const effective = effectiveScale(v2);
  const effectiveV3 = effectiveScale(v3);
  return {
    index,
    scale,
    offset,
    bits: f32Bits(scale),
    v1,
    v2,
    v3,
    effective,
    error: relativeError(scale, effective),
    effectiveV3,
    errorV3: relativeError(scale, effectiveV3),
  };
}

/** The most problems listed under a field; the rest are counted. */
const MaxListedProblems = 5;

/** Every problem of a list, as messages (the first few, then a count of the rest). */
function ListErrors({problems, what}: {problems: ListProblem[]; what: 'scale' | 'offset'}): ReactNode {
  const more = problems.length - MaxListedProblems;
  return (
    <>
      {problems.slice(0, MaxListedProblems).map((p, i) => (
        <span key={i} className={styles.errorLine}>
          {listMessage(p, what)}
        </span>
      ))}
      {more > 0 && (
        <span className={styles.errorLine}>
          {translate({id: 'encoder.input.more', message: '另有 {count} 个值有问题。'}, {count: more})}
        </span>
      )}
    </>
  );
}

function CopyButton({text, id, label}: {text: string; id: string; label: string}): ReactNode {
  const [state, setState] = useState<'ok' | 'failed' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <>
      <button
        type="button"
        id={id}
        className="button button--secondary button--sm"
        onClick={() =>
          void copyText(text).then((ok) => {
            setState(ok ? 'ok' : 'failed');
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => setState(null), 4000);
          })
        }>
        {label}
      </button>
      <span role="status" aria-live="polite" className={styles.copyStatus}>
        {state === 'ok'
          ? translate({id: 'encoder.copy.done', message: '已复制'})
          : state === 'failed'
            ? translate({id: 'encoder.copy.failed', message: '复制失败，请手动选择文本复制'})
            : ''}
      </span>
    </>
  );
}

export default function ScaleEncoder(): ReactNode {
  const [scalesText, setScalesText] = useState('0.1, 0.3');
  const [offsetsText, setOffsetsText] = useState('');
  const [variant, setVariant] = useState<Variant>('v2');
  const [name, setName] = useState('deqScale');
  const [decodeText, setDecodeText] = useState('0x000040003DCCC000');

  const scales = useMemo(() => readFloatList(scalesText), [scalesText]);
  const offsets = useMemo(() => readOptionalFloatList(offsetsText), [offsetsText]);
  const offsetValues = offsets.values;
  const countProblem =
    offsetValues !== null &&
    offsetValues.length > 0 &&
    scales.values.length > 0 &&
    offsetValues.length !== scales.values.length
      ? translate(
          {
            id: 'encoder.offsets.count',
            message: 'offset 的个数（{offsets}）与 scale 的个数（{scales}）不同：请给出同样多的 offset，或留空。',
          },
          {offsets: offsetValues.length, scales: scales.values.length},
        )
      : null;

  // One row per value: a value that cannot be read gets a row saying why, and the others are
  // still encoded (one bad token does not blank the table).
  const rows: Array<Row | InvalidRow> | null = useMemo(() => {
    if (countProblem || !scales.values.some((v) => v !== null)) return null;
    if (offsets.values !== null && offsets.values.length === 0) return null;
    const problemAt = (list: ListProblem[], index: number) => list.find((p) => 'index' in p && p.index === index);
    try {
      return scales.values.map((scale, i): Row | InvalidRow => {
        const index = i + 1;
        const offset = offsets.values === null ? undefined : offsets.values[i];
        if (scale === null) {
          const p = scales.ok ? undefined : problemAt(scales.problems, index);
          return {index, invalid: p ? listMessage(p, 'scale') : ''};
        }
        if (offset === null) {
          const p = offsets.ok ? undefined : problemAt(offsets.problems, index);
          return {index, invalid: p ? listMessage(p, 'offset') : ''};
        }
        return computeRow(index, scale, offset);
      });
    } catch {
      return null;
    }
  }, [scales, offsets, countProblem]);
  const valid = rows?.filter((r): r is Row => r.invalid === undefined) ?? [];
  const complete = rows !== null && valid.length === rows.length;

  const nameOk = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name.length <= 64;
  const literal = useMemo(() => {
    if (!rows || !complete || !nameOk) return null;
    const words = valid.map((r) => (variant === 'v1' ? r.v1 : variant === 'v3' ? r.v3 : r.v2));
    try {
      return toCppArrayLiteral(words, name);
    } catch {
      return null;
    }
  }, [rows, complete, valid, variant, name, nameOk]);

  const decoded = useMemo(() => {
    if (decodeText.trim() === '') return {ok: false as const, empty: true};
    try {
      const word = parseU64(decodeText.slice(0, 100));
      return {ok: true as const, word, fields: decode(word)};
    } catch {
      return {ok: false as const, empty: false};
    }
  }, [decodeText]);

  const scaleError = scales.ok ? null : <ListErrors problems={scales.problems} what="scale" />;
  const offsetError = offsets.ok ? countProblem : <ListErrors problems={offsets.problems} what="offset" />;
  const withOffsets = valid.some((r) => r.offset !== undefined);
  const columns = withOffsets ? 11 : 10;
  const variantLabels: Record<Variant, string> = {
    v2: translate({id: 'encoder.variant.v2', message: 'aclnnTransQuantParamV2（高 19 位截断）'}),
    v3: translate({id: 'encoder.variant.v3', message: 'aclnnTransQuantParamV3，roundMode = 1（尾数舍入）'}),
    v1: translate({id: 'encoder.variant.v1', message: 'aclnnTransQuantParam（Host 侧，完整 fp32 位型）'}),
  };

  return (
    <div className={styles.encoder}>
      <form className={styles.inputs} onSubmit={(e) => e.preventDefault()}>
        <div className={styles.field}>
          <label htmlFor="enc-scales">
            {translate({id: 'encoder.scales.label', message: 'scale（float32，可输入多个）'})}
          </label>
          <textarea
            id="enc-scales"
            rows={3}
            value={scalesText}
            spellCheck={false}
            aria-invalid={scaleError !== null}
            aria-describedby="enc-scales-help enc-scales-error"
            onChange={(e) => setScalesText(e.target.value)}
          />
          <span id="enc-scales-help" className={styles.hint}>
            {translate(
              {
                id: 'encoder.scales.help',
                message: '以逗号、空格或换行分隔，例如 0.1, 0.3 或 1e-3；最多 {max} 个。',
              },
              {max: MaxValues},
            )}
          </span>
          <span id="enc-scales-error" className={styles.error} data-error="scales">
            {scaleError ?? ''}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor="enc-offsets">
            {translate({id: 'encoder.offsets.label', message: 'offset（可选，个数与 scale 相同）'})}
          </label>
          <textarea
            id="enc-offsets"
            rows={3}
            value={offsetsText}
            spellCheck={false}
            aria-invalid={offsetError !== null}
            aria-describedby="enc-offsets-help enc-offsets-error"
            onChange={(e) => setOffsetsText(e.target.value)}
          />
          <span id="enc-offsets-help" className={styles.hint}>
            {translate({
              id: 'encoder.offsets.help',
              message: '写入 bit 37–45：取整后截断到 [-256, 255]。FLOAT16 反量化模式不读取 offset。',
            })}
          </span>
          <span id="enc-offsets-error" className={styles.error} data-error="offsets">
            {offsetError ?? ''}
          </span>
        </div>
      </form>

      {rows && (
        <>
          <ScrollTable label={translate({id: 'encoder.table.caption', message: '编码结果'})}>
            <table className={styles.table} id="enc-table">
              <caption>
                {translate({id: 'encoder.table.caption', message: '编码结果'})}
                {rows.length > MaxTableRows &&
                  translate(
                    {
                      id: 'encoder.table.truncated',
                      message: '（只显示前 {shown} 个，共 {total} 个；C++ 数组包含全部）',
                    },
                    {shown: MaxTableRows, total: rows.length},
                  )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">scale</th>
                  <th scope="col">{translate({id: 'encoder.col.bits', message: 'fp32 位型'})}</th>
                  {withOffsets && <th scope="col">offset</th>}
                  <th scope="col">{translate({id: 'encoder.col.v1', message: 'V1（Host）'})}</th>
                  <th scope="col">V2</th>
                  <th scope="col">{translate({id: 'encoder.col.v3', message: 'V3（roundMode 1）'})}</th>
                  <th scope="col">{translate({id: 'encoder.col.effective', message: '生效的 scale（V1、V2）'})}</th>
                  <th scope="col">{translate({id: 'encoder.col.error', message: '相对误差'})}</th>
                  <th scope="col">{translate({id: 'encoder.col.effectiveV3', message: '生效的 scale（V3）'})}</th>
                  <th scope="col">{translate({id: 'encoder.col.errorV3', message: '相对误差（V3）'})}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, MaxTableRows).map((r) =>
                  r.invalid !== undefined ? (
                    <tr key={r.index} data-index={r.index} data-invalid="true" className={styles.invalidRow}>
                      <th scope="row">{r.index}</th>
                      <td colSpan={columns - 1} data-col="problem">
                        {r.invalid}
                      </td>
                    </tr>
                  ) : (
                    <tr key={r.index} data-index={r.index}>
                      <th scope="row">{r.index}</th>
                      <td data-col="scale">{formatFloat(r.scale)}</td>
                      <td data-col="bits">
                        <code>{hex32(r.bits)}</code>
                      </td>
                      {withOffsets && <td data-col="offset">{r.offset === undefined ? '—' : formatFloat(r.offset)}</td>}
                      <td data-col="v1">
                        <code>{formatU64Hex(r.v1)}</code>
                      </td>
                      <td data-col="v2">
                        <code>{formatU64Hex(r.v2)}</code>
                      </td>
                      <td data-col="v3">
                        <code>{formatU64Hex(r.v3)}</code>
                      </td>
                      <td data-col="effective">{formatFloat(r.effective)}</td>
                      <td data-col="error">{formatRelativeError(r.error)}</td>
                      <td data-col="effective-v3">{formatFloat(r.effectiveV3)}</td>
                      <td data-col="error-v3">{formatRelativeError(r.errorV3)}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </ScrollTable>
          <p className={styles.hint}>
            {translate({
              id: 'encoder.table.hint',
              message:
                '相对误差 =（生效的 scale − float32(scale)）/ float32(scale)。V1 在低 32 位保留完整的 fp32 位型，但硬件只读取 bit 13–31，所以 V1 与 V2 生效的 scale 相同。',
            })}
          </p>
        </>
      )}

      <section className={styles.section} aria-labelledby="enc-cpp-title">
        <h3 id="enc-cpp-title" className={styles.sectionTitle}>
          {translate({id: 'encoder.cpp.title', message: 'C++ 数组'})}
        </h3>
        <div className={styles.cppControls}>
          <div className={styles.field}>
            <label htmlFor="enc-variant">{translate({id: 'encoder.cpp.variant', message: '编码方式'})}</label>
            <select id="enc-variant" value={variant} onChange={(e) => setVariant(e.target.value as Variant)}>
              {(['v2', 'v3', 'v1'] as const).map((v) => (
                <option key={v} value={v}>
                  {variantLabels[v]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="enc-name">{translate({id: 'encoder.cpp.name', message: '数组名'})}</label>
            <input
              id="enc-name"
              type="text"
              value={name}
              maxLength={100}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={!nameOk}
              aria-describedby="enc-name-error"
              onChange={(e) => setName(e.target.value)}
            />
            <span id="enc-name-error" className={styles.error}>
              {nameOk
                ? ''
                : translate({
                    id: 'encoder.cpp.badName',
                    message: '数组名须是 C 标识符（字母或下划线开头，只含字母、数字、下划线，最长 64 个字符）。',
                  })}
            </span>
          </div>
        </div>
        {literal ? (
          <>
            <pre className={styles.cpp} tabIndex={0} aria-labelledby="enc-cpp-title">
              <code id="enc-cpp">{literal}</code>
            </pre>
            <div className={styles.copyBar}>
              <CopyButton
                id="enc-cpp-copy"
                text={literal}
                label={translate({id: 'encoder.cpp.copy', message: '复制 C++ 数组'})}
              />
            </div>
          </>
        ) : (
          <p className={styles.hint} id="enc-cpp-none">
            {rows && !complete
              ? translate(
                  {
                    id: 'encoder.cpp.incomplete',
                    message: '数组要包含每一个值：请先改正上表中标出的 {count} 个值。',
                  },
                  {count: rows.length - valid.length},
                )
              : translate({id: 'encoder.cpp.none', message: '输入有效的 scale（和数组名）后在此生成数组。'})}
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="enc-decode-title">
        <h3 id="enc-decode-title" className={styles.sectionTitle}>
          {translate({id: 'encoder.decode.title', message: '解码一个 UINT64'})}
        </h3>
        <div className={styles.field}>
          <label htmlFor="enc-decode">
            {translate({id: 'encoder.decode.label', message: 'UINT64（0x 开头的十六进制或十进制）'})}
          </label>
          <input
            id="enc-decode"
            type="text"
            className={styles.decodeInput}
            value={decodeText}
            maxLength={100}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={!decoded.ok && !decoded.empty}
            aria-describedby="enc-decode-error"
            onChange={(e) => setDecodeText(e.target.value)}
          />
          <span id="enc-decode-error" className={styles.error}>
            {!decoded.ok && !decoded.empty
              ? translate({
                  id: 'encoder.decode.bad',
                  message:
                    '不是 UINT64：请输入 0x 开头的最多 16 位十六进制数，或 0 到 18446744073709551615 之间的十进制数。',
                })
              : ''}
          </span>
        </div>
        {decoded.ok && (
          <dl className={styles.decoded} id="enc-decoded">
            <dt>{translate({id: 'encoder.decode.word', message: '值'})}</dt>
            <dd>
              <code data-field="word">{formatU64Hex(decoded.word)}</code> = <code>{decoded.word.toString()}</code>
            </dd>
            <dt>{translate({id: 'encoder.decode.bits', message: 'scale 位（低 32 位）'})}</dt>
            <dd>
              <code data-field="bits">{hex32(decoded.fields.scaleBits)}</code>
              {' → '}
              {translate({id: 'encoder.decode.read', message: '硬件读取'})}{' '}
              <code>{hex32((decoded.fields.scaleBits & 0xffffe000) >>> 0)}</code>
            </dd>
            <dt>{translate({id: 'encoder.decode.effective', message: '生效的 scale'})}</dt>
            <dd data-field="effective">{formatFloat(decoded.fields.effectiveScale)}</dd>
            <dt>{translate({id: 'encoder.decode.raw', message: '低 32 位作为 fp32'})}</dt>
            <dd data-field="raw">{formatFloat(decoded.fields.rawScale)}</dd>
            <dt>{translate({id: 'encoder.decode.offset', message: 'offset（bit 37–45）'})}</dt>
            <dd data-field="offset">{decoded.fields.offset}</dd>
            <dt>{translate({id: 'encoder.decode.flag', message: '标志位 bit 46'})}</dt>
            <dd data-field="flag46">
              {decoded.fields.flag46
                ? translate({id: 'encoder.decode.flag.set', message: '已置位'})
                : translate({id: 'encoder.decode.flag.unset', message: '未置位（TransQuantParam 的输出总是置位）'})}
            </dd>
            {(decoded.word & ~(OffsetClearMask | (0x1ffn << 37n)) & ((1n << 64n) - 1n)) !== 0n && (
              <>
                <dt>{translate({id: 'encoder.decode.other', message: '其他位'})}</dt>
                <dd className={styles.warn} data-field="other">
                  {translate({
                    id: 'encoder.decode.other.set',
                    message: 'bit 32–36 或 bit 47–63 中有置位的位；TransQuantParam 系列接口不会生成这样的值。',
                  })}
                </dd>
              </>
            )}
          </dl>
        )}
      </section>
    </div>
  );
}
