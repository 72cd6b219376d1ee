/**
 * Localised texts of the playground: step names and notes (by the reference implementation's step
 * ids), warnings (by code), value problems and presets. The Chinese message is in the code; the
 * English is in the site's i18n/en/code.json. Every id is a literal so the texts can be extracted.
 */
import {translate} from './i18n';
import type {Provenance, Warning} from '@site/src/lib/reference/types';
import {QmarOp} from '@site/src/lib/reference/playground';
import type {InputDType, PlaygroundOp, ValueProblem} from '@site/src/lib/reference/playground';

export function provenanceLabel(p: Provenance): {short: string; long: string} {
  switch (p) {
    case 'code':
      return {
        short: translate({id: 'playground.provenance.code', message: '代码'}),
        long: translate({id: 'playground.provenance.code.long', message: '读自算子或库的开源代码'}),
      };
    case 'doc':
      return {
        short: translate({id: 'playground.provenance.doc', message: '文档'}),
        long: translate({id: 'playground.provenance.doc.long', message: '厂商文档中的说明'}),
      };
    case 'inferred':
      return {
        short: translate({id: 'playground.provenance.inferred', message: '推断'}),
        long: translate({id: 'playground.provenance.inferred.long', message: '本参考实现的假定，没有资料直接说明'}),
      };
    default:
      return {
        short: translate({id: 'playground.provenance.unknown', message: '未知'}),
        long: translate({
          id: 'playground.provenance.unknown.long',
          message: '没有任何资料说明硬件在此的行为：参考实现只标出，不做猜测',
        }),
      };
  }
}

/** The localised name and note of a step of the reference implementation, or null if unknown. */
export function stepText(op: PlaygroundOp, id: string): {name: string; note: string} | null {
  const qmar = op === QmarOp;
  switch (id) {
    case 'int32-accumulate':
      return {
        name: translate({
          id: 'playground.step.int32-accumulate',
          message: 'int32 累加 x1·x2 与 int32 bias（Cube，L0C）',
        }),
        note: translate({
          id: 'playground.step.int32-accumulate.note',
          message: 'bias 在反量化之前以 int32 加入；V2 没有浮点 bias。',
        }),
      };
    case 'int32-range':
      return {
        name: translate({id: 'playground.step.int32-range', message: 'int32 累加器溢出'}),
        note: translate({
          id: 'playground.step.int32-range.note',
          message: '没有资料说明 Cube 溢出时是回绕还是饱和；超出范围的和会被标出，参考实现继续使用精确和。',
        }),
      };
    case 'int-to-f32-fixpipe':
      return qmar
        ? {
            name: translate({id: 'playground.step.int-to-f32-fixpipe', message: 'fixpipe 中 int32 → fp32'}),
            note: translate({
              id: 'playground.step.int-to-f32-fixpipe.note',
              message: '假定与矢量单元的 Cast 相同（CAST_NONE 在转换不精确时即 CAST_RINT）。',
            }),
          }
        : {
            name: translate({id: 'playground.step.wqbmm.int-to-f32-fixpipe', message: 'fixpipe 中 int32 → fp32'}),
            note: translate({
              id: 'playground.step.wqbmm.int-to-f32-fixpipe.note',
              message: '此处是精确的（合理的 offset 下 |o| < 2^24）；超过 2^24 时假定为 RNE。',
            }),
          };
    case 'int-to-f32-vector':
      return {
        name: translate({id: 'playground.step.int-to-f32-vector', message: '矢量单元中 int32 → fp32'}),
        note: translate({
          id: 'playground.step.int-to-f32-vector.note',
          message: 'Cast 的 RoundMode 表：CAST_NONE 在转换不精确时即 CAST_RINT。',
        }),
      };
    case 'fp19-decode':
      return qmar
        ? {
            name: translate({
              id: 'playground.step.fp19-decode',
              message: 'UINT64 scale 按 fp19 读取（低 32 位的 bit 13..31）',
            }),
            note: translate({
              id: 'playground.step.fp19-decode.note',
              message: 'DEQF16 读取符号位、8 位指数和 10 位尾数；bit 0..12、offset 字段和 bit 46 都被忽略。',
            }),
          }
        : {
            name: translate({
              id: 'playground.step.wqbmm.fp19-decode',
              message: 'deqScale 按 fp19 读取（低 32 位的 bit 13..31）',
            }),
            note: translate({
              id: 'playground.step.wqbmm.fp19-decode.note',
              message: '因此 V1 host 编码接口 aclnnTransQuantParam 写入的完整 fp32 位型被截断为 10 位尾数。',
            }),
          };
    case 'dequant-product-fixpipe':
      return {
        name: translate({id: 'playground.step.dequant-product-fixpipe', message: 'fixpipe 中的乘积舍入到 fp32'}),
        note: translate({
          id: 'playground.step.dequant-product-fixpipe.note',
          message: '假定 fixpipe 以 fp32、就近舍入到偶数（RNE）计算乘积。',
        }),
      };
    case 'f16sat':
      return qmar
        ? {
            name: translate({id: 'playground.step.f16sat', message: 'DEQF16 饱和转换为 FLOAT16'}),
            note: translate({
              id: 'playground.step.f16sat.note',
              message: 'DEQF16 模式不支持 INF_NAN；厂商的 Python 模型把结果截断到 float16 的范围。',
            }),
          }
        : {
            name: translate({id: 'playground.step.wqbmm.f16sat', message: '权重经 DEQF16 饱和转换为 FLOAT16'}),
            note: translate({
              id: 'playground.step.wqbmm.f16sat.note',
              message: 'DEQF16 不支持 INF_NAN；厂商的 Python 模型做截断。',
            }),
          };
    case 'dequant-product-vector':
      return {
        name: translate({id: 'playground.step.dequant-product-vector', message: '反量化 scale 乘积（fp32）'}),
        note: translate({id: 'playground.step.dequant-product-vector.note', message: '矢量后处理在 fp32 中相乘。'}),
      };
    case 'pertoken-product':
      return {
        name: translate({id: 'playground.step.pertoken-product', message: 'pertoken scale 乘积（fp32）'}),
        note: translate({id: 'playground.step.pertoken-product.note', message: '在反量化 scale 之后、以 fp32 相乘。'}),
      };
    case 'cast-f16':
      return {
        name: translate({id: 'playground.step.cast-f16', message: 'fp32 → FLOAT16 转换，就近舍入到偶数'}),
        note: translate({id: 'playground.step.cast-f16.note', message: 'Cast 使用 CAST_RINT。'}),
      };
    case 'cast-bf16':
      return {
        name: translate({id: 'playground.step.cast-bf16', message: 'fp32 → BFLOAT16 转换，就近舍入到偶数'}),
        note: translate({id: 'playground.step.cast-bf16.note', message: 'Cast 使用 CAST_RINT。'}),
      };
    case 'overflow-inf':
      return {
        name: translate({
          id: 'playground.step.overflow-inf',
          message: '矢量运算和 AllReduce 中的 FLOAT16 溢出得到 ±Inf',
        }),
        note: translate({
          id: 'playground.step.overflow-inf.note',
          message:
            'INF_NAN 是 Atlas A2 文档所述的默认浮点溢出模式（aclrtFloatOverflowMode）；算子和 HCCL 在此模式下运行是假定。',
        }),
      };
    case 'x3-add-f16':
      return {
        name: translate({id: 'playground.step.x3-add-f16', message: '在每张卡上以 FLOAT16 加本卡的 x3'}),
        note: translate({
          id: 'playground.step.x3-add-f16.note',
          message: 'AllReduce 之前每张卡各做一次半精度 Add：W 张卡传入同一个 x3 时，结果中包含 W·x3。',
        }),
      };
    case 'x3-add-bf16':
      return {
        name: translate({
          id: 'playground.step.x3-add-bf16',
          message: '在每张卡上以 fp32 加本卡的 x3，再转换为 BFLOAT16',
        }),
        note: translate({
          id: 'playground.step.x3-add-bf16.note',
          message: 'AllReduce 之前每张卡各做一次 fp32 Add 和 CAST_RINT：W 张卡传入同一个 x3 时，结果中包含 W·x3。',
        }),
      };
    case 'allreduce-dtype':
      return {
        name: translate({id: 'playground.step.allreduce-dtype', message: '以输出数据类型做 AllReduce 求和'}),
        note: translate({
          id: 'playground.step.allreduce-dtype.note',
          message: 'HCCL 对 FLOAT16/BFLOAT16 的输出缓冲区求和。',
        }),
      };
    case 'allreduce-order':
      return {
        name: translate({
          id: 'playground.step.allreduce-order',
          message: 'AllReduce 的顺序：卡 0, 1, …, W−1，每次相加舍入一次',
        }),
        note: translate({
          id: 'playground.step.allreduce-order.note',
          message: '顺序没有规定（默认非确定性计算）；W > 2 时应按每多一张卡一个 ulp 的容差比较。',
        }),
      };
    case 'path-select':
      return {
        name: translate({
          id: 'playground.step.path-select',
          message: '路径选择：m ≤ 64 走 fixpipe 路径，m > 64 走单算子路径',
        }),
        note: translate({
          id: 'playground.step.path-select.note',
          message:
            'host 代码在 m ≤ 64 时使用 diagonalMatrix（fixpipe）路径；原始文档对 m = 64 的表述有歧义（勘误 E5）。',
        }),
      };
    case 'transpose':
      return {
        name: translate({
          id: 'playground.step.transpose',
          message: 'transposeX1/transposeX2 得到逻辑上的 x1 (m, k) 与 x2 (k, n)',
        }),
        note: translate({
          id: 'playground.step.transpose.note',
          message: '按列的向量（deqOffset、deqScale、addOffset、mulScale）按逻辑列 n 索引。',
        }),
      };
    case 'fixpipe-offset':
      return {
        name: translate({id: 'playground.step.fixpipe-offset', message: 'fixpipe：x2 + deqOffset（int32）'}),
        note: translate({
          id: 'playground.step.fixpipe-offset.note',
          message: '由 V2 kernel 与原型推断：x2 与单位矩阵相乘经过 Cube，offset 在 int32 中加入。',
        }),
      };
    case 'bias-f32':
      return {
        name: translate({id: 'playground.step.bias-f32', message: 'bias 保持 fp32'}),
        note: translate({id: 'playground.step.bias-f32.note', message: '假定 fixpipe 路径直接使用 fp32 的 bias。'}),
      };
    case 'antiquant-cast':
      return {
        name: translate({id: 'playground.step.antiquant-cast', message: 'int8 权重转换为 fp32'}),
        note: translate({id: 'playground.step.antiquant-cast.note', message: '精确。'}),
      };
    case 'antiquant-offset':
      return {
        name: translate({
          id: 'playground.step.antiquant-offset',
          message: '以 fp32 加 antiquantOffset；|antiquantOffset| ≤ 2^-23 时跳过',
        }),
        note: translate({
          id: 'playground.step.antiquant-offset.note',
          message: 'host 代码在 offset（几乎）为 0 时跳过这次 Add。',
        }),
      };
    case 'antiquant-scale':
      return {
        name: translate({
          id: 'playground.step.antiquant-scale',
          message: '以 fp32 乘 antiquantScale；|antiquantScale − 1| ≤ 2^-23 时跳过',
        }),
        note: translate({
          id: 'playground.step.antiquant-scale.note',
          message: 'host 代码在 scale（几乎）为 1 时跳过这次 Mul。',
        }),
      };
    case 'weight-cast-f16':
      return {
        name: translate({id: 'playground.step.weight-cast-f16', message: '权重转换为 FLOAT16，就近舍入到偶数'}),
        note: translate({
          id: 'playground.step.weight-cast-f16.note',
          message: '代码中有这个 Cast；其舍入方式（RNE，溢出为 ±Inf）是假定。',
        }),
      };
    case 'add-offset':
      return {
        name: translate({id: 'playground.step.add-offset', message: '以 FLOAT16 加 addOffset'}),
        note: translate({id: 'playground.step.add-offset.note', message: '代码中有 fp16 Add；RNE 是假定。'}),
      };
    case 'mul-scale':
      return {
        name: translate({id: 'playground.step.mul-scale', message: '以 FLOAT16 乘 mulScale'}),
        note: translate({id: 'playground.step.mul-scale.note', message: '代码中有 fp16 Mul；RNE 是假定。'}),
      };
    case 'bias-f16':
      return {
        name: translate({id: 'playground.step.bias-f16', message: 'bias 转换为 FLOAT16'}),
        note: translate({
          id: 'playground.step.bias-f16.note',
          message: '单算子路径在矩阵乘之前把 fp32 的 bias 转为 fp16。',
        }),
      };
    case 'matmul-accumulate':
      return {
        name: translate({
          id: 'playground.step.matmul-accumulate',
          message: '从 bias 开始、按 t 的顺序做 fp32 累加',
        }),
        note: translate({
          id: 'playground.step.matmul-accumulate.note',
          message: 'Cube 从 bias 表开始以 fp32 累加；fp32 加法的顺序是假定（只有部分和需要超过 24 位时才有影响）。',
        }),
      };
    case 'output-cast':
      return {
        name: translate({
          id: 'playground.step.output-cast',
          message: '累加结果一次转换为 FLOAT16，就近舍入到偶数',
        }),
        note: translate({
          id: 'playground.step.output-cast.note',
          message: '一次 RNE 转换；溢出为 ±Inf 是假定（INF_NAN 模式）。',
        }),
      };
    case 'empty-tensor':
      return {
        name: translate({id: 'playground.step.empty-tensor', message: 'x1 或 x2 为空：输出填 0 再加 bias'}),
        note: translate({id: 'playground.step.empty-tensor.note', message: 'host 代码中的 ProcessEmptyTensor。'}),
      };
    default:
      return null;
  }
}

/** The provenance a warning concerns (shown as a badge next to it). */
export function warningProvenance(code: string): Provenance | null {
  if (code === 'int32-overflow' || code === 'int32-partial-overflow') return 'unknown';
  if (code === 'f16-saturated') return 'doc';
  if (/overflow$|^allreduce-order$/.test(code)) return 'inferred';
  return null;
}

function examplesText(w: Warning): string {
  if (!w.examples?.length) return '';
  const list = w.examples.map((e) => `(${e.join(', ')})`).join(', ');
  return ' ' + translate({id: 'playground.warning.examples', message: '位置（行, 列）：{list}。'}, {list});
}

/** A warning of the reference implementation in the page's language (its own English text as fallback). */
export function warningText(op: PlaygroundOp, w: Warning, ctx: {dtype: string; ranks: number; m: number}): string {
  const rank = w.rank ?? 0;
  const count = w.count ?? 0;
  const qmar = op === QmarOp;
  const ex = examplesText(w);
  switch (w.code) {
    case 'int32-overflow':
      return (
        (qmar
          ? translate(
              {
                id: 'playground.warning.int32-overflow',
                message:
                  '卡 {rank}：{count} 个元素的精确和 Σ x1·x2 + bias 超出 int32 范围 [-2^31, 2^31-1]。硬件行为未知（回绕还是饱和）：这些结果不确定，表中数值按精确和继续计算。',
              },
              {rank, count},
            )
          : translate(
              {
                id: 'playground.warning.wqbmm.int32-overflow',
                message:
                  '{count} 个权重元素 x2 + deqOffset 超出 int32 范围。硬件行为未知：这些结果不确定，表中数值按精确和继续计算。',
              },
              {count},
            )) + ex
      );
    case 'int32-partial-overflow':
      return (
        translate(
          {
            id: 'playground.warning.int32-partial-overflow',
            message:
              '卡 {rank}：{count} 个元素的 Σ|x1·x2| + |bias| 超过 2^31-1：最终和在范围内，但部分和可能随累加顺序超出 int32。硬件行为未知：表中数值在累加器回绕时成立。',
          },
          {rank, count},
        ) + ex
      );
    case 'f16-saturated':
      return (
        (qmar
          ? translate(
              {
                id: 'playground.warning.f16-saturated',
                message: '卡 {rank}：{count} 个元素反量化后超出 ±65504，被截断为 ±65504（DEQF16 饱和）。',
              },
              {rank, count},
            )
          : translate(
              {
                id: 'playground.warning.wqbmm.f16-saturated',
                message: '{count} 个权重元素超出 ±65504，被截断为 ±65504（DEQF16 饱和）。',
              },
              {count},
            )) + ex
      );
    case 'cast-overflow':
      return (
        translate(
          {
            id: 'playground.warning.cast-overflow',
            message: '卡 {rank}：{count} 个元素在转换为 {dtype} 时溢出为 ±Inf（假定 INF_NAN 溢出模式）。',
          },
          {rank, count, dtype: ctx.dtype},
        ) + ex
      );
    case 'x3-overflow':
      return (
        translate(
          {
            id: 'playground.warning.x3-overflow',
            message: '卡 {rank}：{count} 个元素在以 {dtype} 加 x3 时溢出为 ±Inf（假定 INF_NAN 溢出模式）。',
          },
          {rank, count, dtype: ctx.dtype},
        ) + ex
      );
    case 'allreduce-overflow':
      return (
        translate(
          {
            id: 'playground.warning.allreduce-overflow',
            message: '{count} 个元素在 {dtype} 的 AllReduce 求和中溢出为 ±Inf（假定 INF_NAN 溢出模式）。',
          },
          {count, dtype: ctx.dtype},
        ) + ex
      );
    case 'allreduce-order':
      return translate(
        {
          id: 'playground.warning.allreduce-order',
          message:
            '{w} 张卡时硬件的归约顺序没有规定；参考实现按卡 0…{last} 的顺序依次相加。与硬件结果比较时，每多一张卡预计最多相差一个 {dtype} ulp。',
        },
        {w: ctx.ranks, last: ctx.ranks - 1, dtype: ctx.dtype},
      );
    case 'ranks-differ':
      return translate({
        id: 'playground.warning.ranks-differ',
        message: '各卡传入的可选输入（pertoken、x3）不同，因此各卡的计算步骤不同。',
      });
    case 'ignored-on-path': {
      const names = /ignores (.+?)(?: \(|\.$)/.exec(w.message)?.[1] ?? '';
      return ctx.m <= 64
        ? translate(
            {
              id: 'playground.warning.ignored-fixpipe',
              message: 'm = {m} ≤ 64 走 fixpipe 路径，忽略 {names}（厂商示例把它们折算进 deqOffset/deqScale）。',
            },
            {m: ctx.m, names},
          )
        : translate(
            {id: 'playground.warning.ignored-single-op', message: 'm = {m} > 64 走单算子路径，忽略 {names}。'},
            {m: ctx.m, names},
          );
    }
    case 'antiquant-skipped':
      return /Offset/.test(w.message)
        ? translate({
            id: 'playground.warning.antiquant-offset-skipped',
            message: 'antiquantOffset 与 0 相差不超过 2^-23：跳过这次 Add。',
          })
        : translate({
            id: 'playground.warning.antiquant-scale-skipped',
            message: 'antiquantScale 与 1 相差不超过 2^-23：跳过这次 Mul。',
          });
    case 'empty-tensor':
      return translate({
        id: 'playground.warning.empty-tensor',
        message: 'x1 或 x2 为空：算子输出全 0 再加上 f16(bias)。',
      });
    case 'weight-overflow':
      return (
        translate(
          {
            id: 'playground.warning.weight-overflow',
            message: '{count} 个权重元素在转换为 FLOAT16 时溢出为 ±Inf（假定 INF_NAN 模式）。',
          },
          {count},
        ) + ex
      );
    case 'output-overflow':
      return (
        translate(
          {
            id: 'playground.warning.output-overflow',
            message: '{count} 个输出元素在转换为 FLOAT16 时溢出为 ±Inf（假定 INF_NAN 模式）。',
          },
          {count},
        ) + ex
      );
    default:
      return w.message;
  }
}

/** A problem of a value field. The user's token is passed as a plain string (rendered as text). */
export function problemText(p: ValueProblem, dtype: InputDType): string {
  switch (p.kind) {
    case 'tooLong':
      return translate({id: 'playground.problem.tooLong', message: '文本过长（至多 {max} 个字符）。'}, {max: p.max});
    case 'count':
      return translate(
        {id: 'playground.problem.count', message: '需要 {expected} 个值，实际有 {got} 个。'},
        {
          expected: p.expected.join(translate({id: 'playground.problem.or', message: ' 或 '})),
          got: p.got,
        },
      );
    case 'notInteger':
      return translate(
        {id: 'playground.problem.notInteger', message: '第 {index} 个值 {token} 不是整数（{dtype}）。'},
        {index: p.index + 1, token: `“${p.token}”`, dtype},
      );
    case 'range':
      return translate(
        {id: 'playground.problem.range', message: '第 {index} 个值 {token} 超出 {dtype} 的范围。'},
        {index: p.index + 1, token: `“${p.token}”`, dtype},
      );
    default:
      return translate(
        {id: 'playground.problem.token', message: '第 {index} 个值 {token} 不是 {dtype} 数值。'},
        {index: p.index + 1, token: `“${p.token}”`, dtype},
      );
  }
}

export function presetText(id: string): {label: string; description: string} {
  switch (id) {
    case 'fp19':
      return {
        label: translate({id: 'playground.preset.fp19', message: 'fp19 截断'}),
        description: translate({
          id: 'playground.preset.fp19.description',
          message:
            '77 × 13，scale 0.1 编码为 UINT64：fixpipe 只读取 19 位，0.1 变成 0.0999755859375，FLOAT16 结果是 100.0625 = 0x5641；用完整的 fp32 0.1 则得到 100.125 = 0x5642。',
        }),
      };
    case 'x3-per-rank':
      return {
        label: translate({id: 'playground.preset.x3-per-rank', message: 'x3 在每张卡上各加一次'}),
        description: translate({
          id: 'playground.preset.x3-per-rank.description',
          message:
            '4 张卡传入同一个 x3 = 0.25：每张卡得到 1 + 0.25 = 1.25，AllReduce 后为 5 = 0x4500；若 x3 只加一次应为 4.25。',
        }),
      };
    case 'split-k':
      return {
        label: translate({id: 'playground.preset.split-k', message: 'AllReduce 之前按卡舍入'}),
        description: translate({
          id: 'playground.preset.split-k.description',
          message:
            '同一个矩阵乘沿 k 拆到 2 张卡：每张卡先舍入到 FLOAT16 再相加，得到 2^-10 = 0x1400；不拆分时是精确值 3·2^-12 = 0x1200，相差 512 ulp。',
        }),
      };
    case 'm64':
      return {
        label: translate({id: 'playground.preset.m64', message: 'm = 64 边界'}),
        description: translate({
          id: 'playground.preset.m64.description',
          message:
            'transposeX1，x1 的视图 shape（API 收到的 shape）为 (1, 64)，m 取其最后一维 = 64，走 fixpipe 路径：deqScale 按 fp19 读取，3 × 0.0999755859375 舍入为 0x34CC。把 m 改成 65 就走单算子路径，结果为 0x34CD。',
        }),
      };
    default:
      return {
        label: translate({id: 'playground.preset.f16-steps', message: 'm > 64 逐步舍入到 FLOAT16'}),
        description: translate({
          id: 'playground.preset.f16-steps.description',
          message:
            'm = 65：权重 1 × 0.1 转为 FLOAT16，再加 addOffset 0.2、乘 mulScale 3，每一步都舍入，得到 0x3B32；精确的 (0.1 + 0.2) × 3 = 0.9 是 0x3B33。',
        }),
      };
  }
}
