/**
 * aclnnWeightQuantBatchMatmul: the two ways x2 (INT8) becomes the FLOAT16 weight W, chosen by
 * m (m ≤ 64: fixpipe path; m > 64: single-op path), then out = x1 @ W + bias accumulated in
 * fp32. Each path box names the inputs it uses. Facts: operators.md §3, numerics.md "WQBMM V1".
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {Arrow, Box, Diagram, Dtype, Diamond, Dot, Line, StepBox, T} from './parts';

const W = 460;
const H = 700;

export default function WqbmmPaths(): ReactNode {
  const optional = translate({id: 'diagram.common.optional', message: '可选'});
  return (
    <Diagram
      prefix="diagram-wqbmm"
      width={W}
      height={H}
      title={translate({
        id: 'diagram.wqbmm.title',
        message: 'aclnnWeightQuantBatchMatmul 的两条计算路径（以 m = 64 为界）',
      })}
      desc={translate({
        id: 'diagram.wqbmm.desc',
        message:
          '输入 x1（FLOAT16，形状 (m, k)）与 x2（INT8，形状 (k, n)）。m 为 x1 的行数；transposeX1 为 true 时取 x1 存储形状的最后一维。按 m 选择把 x2 反量化为 FLOAT16 权重 W 的路径。' +
          'm ≤ 64，fixpipe 路径：x2 经 Cube 单元与 diagonalMatrix（INT8，32×32 单位阵）相乘原样透传，得到 INT32；加上 deqOffset（INT32，形状 (n)），仍为 INT32；乘以 deqScale（UINT64，形状 (n)，只取其中 19 位，即 fp19），结果饱和转换为 FLOAT16。此路径不使用 addOffset、mulScale、antiquantScale、antiquantOffset。' +
          'm > 64，单算子路径：x2 在 fp32 中加上 antiquantOffset、乘以 antiquantScale（两个 float 标量），得到 FLOAT32；转换为 FLOAT16；加上 addOffset（FLOAT16，形状 (n)，可选），仍为 FLOAT16；乘以 mulScale（FLOAT16，形状 (n)，可选），仍为 FLOAT16。此路径不使用 diagonalMatrix、deqOffset、deqScale，它们可以传空指针。' +
          '两条路径都得到 W（FLOAT16，形状 (k, n)）。最后计算 x1 @ W + bias：bias 为 FLOAT32，形状 (n)，可选；fixpipe 路径中 bias 保持 fp32，单算子路径中 bias 先转换为 FLOAT16；从 bias 开始以 fp32 累加，最后一次就近舍入，得到 out（FLOAT16，形状 (m, n)）。',
      })}
      caption={translate({
        id: 'diagram.wqbmm.caption',
        message:
          '两条路径各自使用的输入写在方框里：m ≤ 64 时 addOffset、mulScale 与两个 antiquant 标量不参与计算；m > 64 时 diagonalMatrix、deqOffset、deqScale 不参与计算，可传空指针。bias 在 fixpipe 路径中保持 fp32，在单算子路径中先转为 FLOAT16。边上标注数据类型；虚线框为可选输入。',
      })}>
      {/* Inputs. */}
      <StepBox
        x={8}
        y={8}
        w={140}
        h={44}
        lines={[
          {text: 'x1', mono: true},
          {text: '(m, k)', muted: true},
        ]}
      />
      <StepBox
        x={172}
        y={8}
        w={140}
        h={44}
        lines={[
          {text: 'x2', mono: true},
          {text: '(k, n)', muted: true},
        ]}
      />

      {/* x1 feeds the decision (its m) and the final matmul (its data). */}
      <Arrow
        points={[
          [24, 52],
          [24, 557],
          [40, 557],
        ]}
      />
      <Dtype x={30} y={72}>
        FLOAT16
      </Dtype>
      <Arrow
        points={[
          [120, 52],
          [120, 110],
          [167, 110],
        ]}
        dashed
      />
      <T x={143} y={103} anchor="middle" bold mono>
        m
      </T>

      {/* The decision. */}
      <Arrow
        points={[
          [242, 52],
          [242, 80],
        ]}
      />
      <Dtype x={250} y={71}>
        INT8
      </Dtype>
      <Diamond cx={242} cy={110} w={150} h={60} />
      <T x={242} y={115} anchor="middle" bold>
        m ≤ 64 ?
      </T>
      <Line
        points={[
          [242, 140],
          [242, 156],
        ]}
      />
      <Line
        points={[
          [136, 156],
          [350, 156],
        ]}
      />
      <Dot x={242} y={156} />
      <Arrow
        points={[
          [136, 156],
          [136, 184],
        ]}
        tone="b"
      />
      <Arrow
        points={[
          [350, 156],
          [350, 184],
        ]}
        tone="c"
      />
      <T x={144} y={176} size="small" bold tone="b">
        m ≤ 64
      </T>
      <T x={358} y={176} size="small" bold tone="c">
        m &gt; 64
      </T>

      {/* Fixpipe path. */}
      <Box x={36} y={184} w={200} h={312} tone="b" fill="tint" r={10} />
      <T x={136} y={206} anchor="middle" bold tone="b">
        {translate({id: 'diagram.wqbmm.fixpipe', message: 'fixpipe 路径'})}
      </T>
      <StepBox
        x={46}
        y={218}
        w={180}
        h={52}
        tone="b"
        lines={[
          {text: 'x2 @ diagonalMatrix', mono: true},
          {text: translate({id: 'diagram.wqbmm.identity', message: 'INT8 32×32 单位阵'}), muted: true},
        ]}
      />
      <Arrow
        points={[
          [136, 270],
          [136, 296],
        ]}
        tone="b"
      />
      <Dtype x={144} y={288}>
        INT32
      </Dtype>
      <StepBox
        x={46}
        y={296}
        w={180}
        h={44}
        tone="b"
        lines={[
          {text: '+ deqOffset', mono: true},
          {text: 'INT32 (n)', muted: true},
        ]}
      />
      <Arrow
        points={[
          [136, 340],
          [136, 366],
        ]}
        tone="b"
      />
      <Dtype x={144} y={358}>
        INT32
      </Dtype>
      <StepBox
        x={46}
        y={366}
        w={180}
        h={64}
        tone="b"
        lines={[
          {text: '× deqScale', mono: true},
          {text: translate({id: 'diagram.wqbmm.fp19', message: 'UINT64 (n)，取 fp19'}), muted: true},
          {text: translate({id: 'diagram.wqbmm.saturate', message: '饱和转换为 FLOAT16'})},
        ]}
      />
      <Line
        points={[
          [136, 430],
          [136, 508],
          [158, 508],
        ]}
        tone="b"
      />
      <Dtype x={144} y={474}>
        FLOAT16
      </Dtype>

      {/* Single-op path. */}
      <Box x={248} y={184} w={204} h={312} tone="c" fill="tint" r={10} />
      <T x={350} y={206} anchor="middle" bold tone="c">
        {translate({id: 'diagram.wqbmm.singleOp', message: '单算子路径'})}
      </T>
      <StepBox
        x={258}
        y={218}
        w={184}
        h={64}
        tone="c"
        lines={[
          {text: '(x2 + antiquantOffset)', mono: true, size: 'small'},
          {text: '× antiquantScale', mono: true, size: 'small'},
          {text: translate({id: 'diagram.wqbmm.scalars', message: 'float 标量，fp32 计算'}), muted: true},
        ]}
      />
      <Arrow
        points={[
          [350, 282],
          [350, 306],
        ]}
        tone="c"
      />
      <Dtype x={358} y={299}>
        FLOAT32
      </Dtype>
      <StepBox
        x={258}
        y={306}
        w={184}
        h={32}
        tone="c"
        lines={[{text: translate({id: 'diagram.wqbmm.cast', message: '转换为 FLOAT16'})}]}
      />
      <Arrow
        points={[
          [350, 338],
          [350, 362],
        ]}
        tone="c"
      />
      <Dtype x={358} y={355}>
        FLOAT16
      </Dtype>
      <StepBox
        x={258}
        y={362}
        w={184}
        h={42}
        tone="c"
        dashed
        lines={[
          {text: '+ addOffset', mono: true},
          {text: `FLOAT16 (n) · ${optional}`, muted: true},
        ]}
      />
      <Arrow
        points={[
          [350, 404],
          [350, 428],
        ]}
        tone="c"
      />
      <Dtype x={358} y={421}>
        FLOAT16
      </Dtype>
      <StepBox
        x={258}
        y={428}
        w={184}
        h={42}
        tone="c"
        dashed
        lines={[
          {text: '× mulScale', mono: true},
          {text: `FLOAT16 (n) · ${optional}`, muted: true},
        ]}
      />
      <Line
        points={[
          [350, 470],
          [350, 508],
          [158, 508],
        ]}
        tone="c"
      />
      <Dtype x={358} y={488}>
        FLOAT16
      </Dtype>

      {/* Both paths give W; the matmul accumulates in fp32. */}
      <Dot x={158} y={508} />
      <Arrow
        points={[
          [158, 508],
          [158, 534],
        ]}
      />
      <Dtype x={166} y={526}>
        W · FLOAT16 (k, n)
      </Dtype>
      <StepBox
        x={40}
        y={534}
        w={236}
        h={46}
        lines={[
          {text: 'x1 @ W + bias', mono: true},
          {text: translate({id: 'diagram.wqbmm.accumulate', message: '以 fp32 累加，从 bias 开始'}), muted: true},
        ]}
      />
      <StepBox
        x={354}
        y={534}
        w={98}
        h={46}
        dashed
        lines={[
          {text: 'bias', mono: true},
          {text: `(n) · ${optional}`, muted: true},
        ]}
      />
      <Arrow
        points={[
          [354, 557],
          [276, 557],
        ]}
      />
      <Dtype x={315} y={550} anchor="middle">
        FLOAT32
      </Dtype>
      <T x={452} y={598} anchor="end" size="small" muted>
        {translate({id: 'diagram.wqbmm.biasCast.1', message: '单算子路径中'})}
      </T>
      <T x={452} y={614} anchor="end" size="small" muted>
        {translate({id: 'diagram.wqbmm.biasCast.2', message: '先转为 FLOAT16'})}
      </T>

      <Arrow
        points={[
          [158, 580],
          [158, 616],
        ]}
      />
      <Dtype x={166} y={603}>
        FLOAT16
      </Dtype>
      <StepBox
        x={78}
        y={616}
        w={160}
        h={44}
        lines={[
          {text: 'out', mono: true},
          {text: '(m, n)', muted: true},
        ]}
      />
      <T x={8} y={688} size="small" muted>
        {translate({
          id: 'diagram.wqbmm.mDefinition',
          message: 'm：x1 的行数；transposeX1 为 true 时取 x1 存储形状的最后一维',
        })}
      </T>
    </Diagram>
  );
}
