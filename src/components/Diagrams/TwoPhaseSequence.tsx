/**
 * The two-phase call sequence of an aclnn operator: GetWorkspaceSize → allocate the workspace
 * (only if > 0) → execute on the stream → synchronize → free. With `op`, the concrete function
 * names of that operator are shown. Facts: operators.md §1 "Two-phase API".
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {Arrow, Diagram, FontSize, T} from './parts';
import styles from './styles.module.css';

const W = 460;
/** Step number column and text column. */
const Cx = 52;
const Tx = 82;
const R = 14;
const LineStep = 18;

interface Step {
  title: string;
  code: string[];
  note?: string;
  /** Phase 1 / phase 2 calls are highlighted; the allocation is conditional. */
  kind: 'phase' | 'plain' | 'conditional';
}

/** Horizontal offset of a line's leading spaces, at 0.6 em per monospace column. */
function indent(line: string): number {
  return (line.length - line.trimStart().length) * 0.6 * FontSize.small;
}

function rowHeight(s: Step): number {
  return 24 + (s.code.length + (s.note ? 1 : 0)) * LineStep + 14;
}

export default function TwoPhaseSequence({op}: {op?: string}): ReactNode {
  const name = op ?? 'aclnnXxx';
  const first = `${name}GetWorkspaceSize`;
  const steps: Step[] = [
    {
      kind: 'phase',
      title: translate({id: 'diagram.twoPhase.step1', message: '第一段：获取 workspace 大小'}),
      code: [`${first}(…,`, '    &workspaceSize, &executor)'],
      note: translate({id: 'diagram.twoPhase.step1.note', message: '校验参数，返回 workspaceSize 与 executor'}),
    },
    {
      kind: 'conditional',
      title: translate({id: 'diagram.twoPhase.step2', message: '申请 workspace'}),
      code: ['if (workspaceSize > 0)', '    aclrtMalloc(&workspace, workspaceSize, …)'],
      note: translate({id: 'diagram.twoPhase.step2.note', message: 'Device 内存；大小为 0 时跳过这一步'}),
    },
    {
      kind: 'phase',
      title: translate({id: 'diagram.twoPhase.step3', message: '第二段：在 stream 上执行'}),
      code: [`${name}(workspace,`, '    workspaceSize, executor, stream)'],
      note: translate({id: 'diagram.twoPhase.step3.note', message: '把计算下发到 stream 后立即返回（异步）'}),
    },
    {
      kind: 'plain',
      title: translate({id: 'diagram.twoPhase.step4', message: '同步 stream'}),
      code: ['aclrtSynchronizeStream(stream)'],
      note: translate({id: 'diagram.twoPhase.step4.note', message: '返回后才能读取输出'}),
    },
    {
      kind: 'plain',
      title: translate({id: 'diagram.twoPhase.step5', message: '释放资源'}),
      code: ['aclDestroyTensor(…); aclrtFree(workspace);', 'aclrtDestroyStream(stream); …'],
    },
  ];
  const tops: number[] = [];
  let y = 8;
  for (const s of steps) {
    tops.push(y);
    y += rowHeight(s);
  }
  const height = y - 10;
  const center = (i: number) => tops[i] + 16;
  // The bypass of step 2 runs from the connector 1→2 to the connector 2→3.
  const mid01 = (center(0) + R + center(1) - R) / 2;
  const mid12 = (center(1) + R + center(2) - R) / 2;

  return (
    <Diagram
      prefix="diagram-two-phase"
      width={W}
      height={height}
      title={
        op
          ? translate({id: 'diagram.twoPhase.titleOp', message: '{op} 的两段式调用顺序'}, {op})
          : translate({id: 'diagram.twoPhase.title', message: 'aclnn 两段式接口的调用顺序'})
      }
      desc={translate(
        {
          id: 'diagram.twoPhase.desc',
          message:
            '第 1 步（第一段）：调用 {first}，校验全部参数，计算所需的 Device 侧 workspace 大小，通过出参返回 workspaceSize 与执行器 executor；参数不合法时返回错误码。' +
            '第 2 步：仅当 workspaceSize 大于 0 时，用 aclrtMalloc 在 Device 侧申请 workspaceSize 字节的 workspace；为 0 时跳过这一步。' +
            '第 3 步（第二段）：调用 {second}(workspace, workspaceSize, executor, stream)，把计算下发到 stream 上，调用立即返回。' +
            '第 4 步：调用 aclrtSynchronizeStream(stream) 等待 stream 上的计算完成，之后才能读取输出。' +
            '第 5 步：释放资源，用 aclDestroyTensor 销毁各 Tensor，用 aclrtFree 释放 workspace 等 Device 内存，再销毁 stream 等其余资源。',
        },
        {first, second: name},
      )}
      caption={
        op
          ? translate(
              {
                id: 'diagram.twoPhase.captionOp',
                message: '{op} 的调用顺序。第 1、3 步为两段接口本身；workspace 大小为 0 时跳过第 2 步。',
              },
              {op},
            )
          : translate({
              id: 'diagram.twoPhase.caption',
              message:
                '任一 aclnn 算子的调用顺序（aclnnXxx 泛指算子名）。第 1、3 步为两段接口本身；workspace 大小为 0 时跳过第 2 步。',
            })
      }>
      {/* Connectors between the step numbers. */}
      {steps.slice(1).map((_, i) => (
        <Arrow
          key={i}
          points={[
            [Cx, center(i) + R],
            [Cx, center(i + 1) - R],
          ]}
        />
      ))}
      {/* Step 2 is skipped when the workspace size is 0. */}
      <Arrow
        points={[
          [Cx, mid01],
          [20, mid01],
          [20, mid12],
          [Cx - 2, mid12],
        ]}
        dashed
      />
      <T x={13} y={(mid01 + mid12) / 2} anchor="middle" size="small" muted rotate={-90}>
        {translate({id: 'diagram.twoPhase.skip', message: '为 0 时跳过'})}
      </T>

      {steps.map((s, i) => {
        const top = tops[i];
        const c = center(i);
        return (
          <g key={i}>
            <circle
              cx={Cx}
              cy={c}
              r={R}
              className={s.kind === 'phase' ? styles.stepPhase : styles.stepPlain}
              strokeDasharray={s.kind === 'conditional' ? '4 3' : undefined}
            />
            <text
              x={Cx}
              y={c + 5}
              textAnchor="middle"
              fontSize={14}
              className={s.kind === 'phase' ? styles.stepPhaseNumber : styles.stepPlainNumber}>
              {i + 1}
            </text>
            <T x={Tx} y={top + 21} size="title" bold tone={s.kind === 'phase' ? 'a' : undefined}>
              {s.title}
            </T>
            {s.code.map((line, j) => (
              // A continuation line is indented by its leading spaces (monospace columns).
              <T key={j} x={Tx + indent(line)} y={top + 24 + (j + 1) * LineStep} size="small" mono>
                {line.trimStart()}
              </T>
            ))}
            {s.note && (
              <T x={Tx} y={top + 24 + (s.code.length + 1) * LineStep} size="small" muted>
                {s.note}
              </T>
            )}
          </g>
        );
      })}
    </Diagram>
  );
}
