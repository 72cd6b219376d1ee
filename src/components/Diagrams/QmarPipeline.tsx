/**
 * aclnnQuantMatmulAllReduceV2: the pipeline each rank runs (int8 matmul + int32 bias →
 * dequant → optional pertoken → cast → + x3), W stacked copies of it, and the all-reduce
 * that sums them. Every edge carries its dtype. Facts: operators.md §2, numerics.md "QMAR V2".
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {Arrow, Box, Diagram, Dtype, Dot, Line, StepBox, T} from './parts';

const W = 460;
const H = 820;

/** Card geometry: the front card and two copies behind it. */
const Card = {x: 8, y: 8, w: 424, h: 580, offset: 8};
const CardBottom = Card.y + Card.h;
const DeckBottom = CardBottom + 2 * Card.offset;

export default function QmarPipeline(): ReactNode {
  const optional = translate({id: 'diagram.common.optional', message: '可选'});
  const rank = (r: string) =>
    translate({id: 'diagram.qmar.rankN', message: '卡 {r}', description: 'label of the arrow from rank r'}, {r});
  return (
    <Diagram
      prefix="diagram-qmar"
      width={W}
      height={H}
      title={translate({
        id: 'diagram.qmar.title',
        message: 'aclnnQuantMatmulAllReduceV2 的数据流：每张卡的流水线与跨卡 AllReduce',
      })}
      desc={translate({
        id: 'diagram.qmar.desc',
        message:
          '共 W 张卡，每张卡 r 执行同一条流水线。' +
          '第 1 步，int8 矩阵乘：x1（INT8，形状 (m, k)）乘以 x2（INT8，形状 (k, n)），加上 biasOptional（INT32，形状 (n)，可选），以 int32 累加，得到 INT32 (m, n)。' +
          '第 2 步，反量化，分两种情形：FLOAT16 输出且不传 pertokenScaleOptional 时，dequantScale 为 UINT64 或 INT64，fixpipe 只取其中 19 位（fp19）相乘，结果饱和转换为 FLOAT16；BFLOAT16 输出或传入 pertokenScaleOptional 时，dequantScale 为 FLOAT32 或 BFLOAT16，在 fp32 中相乘，得到 FLOAT32。' +
          '第 3 步（可选，仅第二种情形）：按行乘以 pertokenScaleOptional（FLOAT32，形状 (m)），仍为 FLOAT32。' +
          '第 4 步：转换为输出数据类型 y（FLOAT16 或 BFLOAT16，就近舍入到偶数）。' +
          '第 5 步（可选）：加上本卡的 x3Optional（数据类型 y，形状 (m, n)），每张卡各加一次。' +
          '第 6 步：W 张卡的 y (m, n) 结果经 AllReduce 求和（reduceOp 为 "sum"，HCCS all-mesh 互联，W 为 1、2、4 或 8），以 y 逐次相加，每次相加都舍入。' +
          '输出 output：数据类型 y，形状 (m, n)，每张卡得到相同的结果。',
      })}
      caption={translate({
        id: 'diagram.qmar.caption',
        message:
          '每张卡执行同一条流水线（叠放的卡片表示 W 份），结果经 AllReduce 求和。边上标注数据类型；y 为输出数据类型（FLOAT16 或 BFLOAT16）；虚线框为可选步骤。',
      })}>
      {/* The W copies: two cards behind the front one. */}
      {[2, 1].map((k) => (
        <Box key={k} x={Card.x + k * Card.offset} y={Card.y + k * Card.offset} w={Card.w} h={Card.h} r={10} tone="a" />
      ))}
      <Box x={Card.x} y={Card.y} w={Card.w} h={Card.h} r={10} tone="a" />
      <T x={20} y={31} size="title" bold tone="a">
        {translate({id: 'diagram.qmar.card', message: '卡 r（W 张卡各执行一份，r = 0 … W−1）'})}
      </T>

      {/* Inputs. */}
      <StepBox
        x={20}
        y={44}
        w={124}
        h={44}
        lines={[
          {text: 'x1', mono: true},
          {text: '(m, k)', muted: true},
        ]}
      />
      <StepBox
        x={158}
        y={44}
        w={124}
        h={44}
        lines={[
          {text: 'x2', mono: true},
          {text: '(k, n)', muted: true},
        ]}
      />
      <StepBox
        x={296}
        y={44}
        w={124}
        h={44}
        dashed
        lines={[
          {text: 'biasOptional', mono: true},
          {text: `(n) · ${optional}`, muted: true},
        ]}
      />
      <Arrow
        points={[
          [82, 88],
          [82, 122],
        ]}
      />
      <Arrow
        points={[
          [220, 88],
          [220, 122],
        ]}
      />
      <Arrow
        points={[
          [358, 88],
          [358, 122],
        ]}
      />
      <Dtype x={88} y={110}>
        INT8
      </Dtype>
      <Dtype x={226} y={110}>
        INT8
      </Dtype>
      <Dtype x={364} y={110}>
        INT32
      </Dtype>

      {/* int8 matmul with the int32 bias. */}
      <StepBox
        x={20}
        y={122}
        w={400}
        h={46}
        lines={[
          {text: 'x1 @ x2 + biasOptional', mono: true},
          {
            text: translate({id: 'diagram.qmar.matmul', message: 'int8 矩阵乘，以 int32 累加（Cube 单元）'}),
            muted: true,
          },
        ]}
      />
      <Line
        points={[
          [220, 168],
          [220, 196],
        ]}
      />
      <Dtype x={228} y={188}>
        INT32 (m, n)
      </Dtype>
      <Line
        points={[
          [40, 196],
          [246, 196],
        ]}
      />
      <Dot x={220} y={196} />
      <Arrow
        points={[
          [40, 196],
          [40, 250],
        ]}
        tone="b"
      />
      <Arrow
        points={[
          [246, 196],
          [246, 250],
        ]}
        tone="c"
      />
      <T x={48} y={220} size="small" muted>
        {translate({id: 'diagram.qmar.caseUint.1', message: 'FLOAT16 输出，'})}
      </T>
      <T x={48} y={236} size="small" muted>
        {translate({id: 'diagram.qmar.caseUint.2', message: '且不传 pertoken'})}
      </T>
      <T x={254} y={220} size="small" muted>
        {translate({id: 'diagram.qmar.caseFloat.1', message: 'BFLOAT16 输出，'})}
      </T>
      <T x={254} y={236} size="small" muted>
        {translate({id: 'diagram.qmar.caseFloat.2', message: '或传入 pertoken'})}
      </T>

      {/* Case 1: UINT64 scale, fixpipe. */}
      <StepBox
        x={20}
        y={250}
        w={194}
        h={90}
        tone="b"
        lines={[
          {text: translate({id: 'diagram.qmar.fixpipe', message: 'fixpipe 反量化'}), bold: true, tone: 'b'},
          {text: '× dequantScale', mono: true},
          {text: translate({id: 'diagram.qmar.fp19', message: 'UINT64 / INT64，取 fp19'})},
          {text: translate({id: 'diagram.qmar.saturate', message: '饱和转换为 FLOAT16'})},
        ]}
      />
      <Line
        points={[
          [117, 340],
          [117, 504],
          [212, 504],
        ]}
        tone="b"
      />
      <Dtype x={125} y={426}>
        FLOAT16
      </Dtype>

      {/* Case 2: float scale in fp32, optional pertoken, cast. */}
      <StepBox
        x={226}
        y={250}
        w={194}
        h={70}
        tone="c"
        lines={[
          {text: '× dequantScale', mono: true},
          {text: 'FLOAT32 / BFLOAT16'},
          {text: translate({id: 'diagram.qmar.inFp32', message: '在 fp32 中相乘'}), muted: true},
        ]}
      />
      <Arrow
        points={[
          [323, 320],
          [323, 348],
        ]}
        tone="c"
      />
      <Dtype x={331} y={339}>
        FLOAT32
      </Dtype>
      <StepBox
        x={226}
        y={348}
        w={194}
        h={50}
        tone="c"
        dashed
        lines={[
          {text: '× pertokenScaleOptional', mono: true, size: 'small'},
          {text: `FLOAT32 (m) · ${optional}`, muted: true},
        ]}
      />
      <Arrow
        points={[
          [323, 398],
          [323, 426],
        ]}
        tone="c"
      />
      <Dtype x={331} y={417}>
        FLOAT32
      </Dtype>
      <StepBox
        x={226}
        y={426}
        w={194}
        h={50}
        tone="c"
        lines={[
          {text: translate({id: 'diagram.qmar.cast', message: '转换为 y（就近舍入）'})},
          {text: 'y = FLOAT16 / BFLOAT16', muted: true},
        ]}
      />
      <Line
        points={[
          [323, 476],
          [323, 504],
          [228, 504],
        ]}
        tone="c"
      />
      <Dot x={220} y={504} />
      <Line
        points={[
          [212, 504],
          [228, 504],
        ]}
      />
      <Arrow
        points={[
          [220, 504],
          [220, 532],
        ]}
      />
      <Dtype x={228} y={524}>
        y (m, n)
      </Dtype>

      {/* + x3, per rank. */}
      <StepBox
        x={20}
        y={532}
        w={282}
        h={44}
        dashed
        lines={[
          {text: '+ x3Optional', mono: true},
          {text: translate({id: 'diagram.qmar.x3', message: '每张卡各加一次 · 可选'}), muted: true},
        ]}
      />
      <StepBox
        x={330}
        y={532}
        w={90}
        h={44}
        dashed
        lines={[
          {text: 'x3Optional', mono: true, size: 'small'},
          {text: '(m, n)', muted: true},
        ]}
      />
      <Arrow
        points={[
          [330, 554],
          [302, 554],
        ]}
      />
      <Dtype x={316} y={548} anchor="middle">
        y
      </Dtype>

      {/* The W results feed the all-reduce. */}
      <Dtype x={20} y={632}>
        y (m, n)
      </Dtype>
      {[
        [120, rank('0')],
        [220, rank('1')],
        [360, rank('W−1')],
      ].map(([x, label]) => (
        <g key={String(x)}>
          <Arrow
            points={[
              [x as number, DeckBottom],
              [x as number, 654],
            ]}
          />
          <T x={(x as number) + 6} y={638} size="small" muted>
            {label}
          </T>
        </g>
      ))}
      <T x={300} y={638} anchor="middle" bold muted>
        …
      </T>

      <Box x={20} y={654} w={420} h={76} tone="a" fill="tint">
        <T x={34} y={679} size="title" bold tone="a">
          {translate({id: 'diagram.qmar.allreduce', message: 'AllReduce 求和（reduceOp = "sum"）'})}
        </T>
        <T x={34} y={700} size="small">
          {translate({id: 'diagram.qmar.topology', message: 'HCCS all-mesh 互联，W = 1、2、4 或 8'})}
        </T>
        <T x={34} y={718} size="small" muted>
          {translate({id: 'diagram.qmar.sumInY', message: '以 y 逐次相加，每次相加都舍入'})}
        </T>
        {/* All-mesh glyph: four ranks, every pair linked. */}
        <Line
          points={[
            [384, 674],
            [424, 674],
            [424, 712],
            [384, 712],
            [384, 674],
            [424, 712],
          ]}
          tone="a"
        />
        <Line
          points={[
            [424, 674],
            [384, 712],
          ]}
          tone="a"
        />
        <Dot x={384} y={674} r={4.5} tone="a" />
        <Dot x={424} y={674} r={4.5} tone="a" />
        <Dot x={384} y={712} r={4.5} tone="a" />
        <Dot x={424} y={712} r={4.5} tone="a" />
      </Box>
      <Arrow
        points={[
          [230, 730],
          [230, 764],
        ]}
      />
      <Dtype x={238} y={752}>
        y (m, n)
      </Dtype>
      <StepBox
        x={95}
        y={764}
        w={270}
        h={46}
        lines={[
          {text: 'output', mono: true},
          {text: translate({id: 'diagram.qmar.output', message: 'y (m, n) · 每张卡得到相同结果'}), muted: true},
        ]}
      />
    </Diagram>
  );
}
