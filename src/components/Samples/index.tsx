/** The C++ samples of an operator (files under src/operators/<id>/samples/, compiled in the tests). */
import React, {type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {useOperator} from '../OperatorData';
import SpecText from '../SpecText';

export default function Sample({op, id}: {op: string; id: string}): ReactNode {
  const spec = useOperator(op);
  const sample = spec.samples.find((s) => s.id === id);
  if (!sample) throw new Error(`Unknown sample "${id}" for ${op}`);
  return (
    <>
      <p>
        <SpecText text={sample.description} />
      </p>
      <CodeBlock language="cpp" title={sample.file.replace('samples/', '')} showLineNumbers>
        {sample.code}
      </CodeBlock>
    </>
  );
}
