/** The two documented prototypes, from the spec (the same text the sample compile check uses). */
import React, {type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {formatDeclaration} from '@site/src/lib/prototype';
import {useOperator} from '../OperatorData';

export default function Prototype({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  const code = [spec.prototypes.getWorkspaceSize, spec.prototypes.execute]
    .map((p) => `${formatDeclaration(p.declaration)};`)
    .join('\n\n');
  return (
    <CodeBlock language="cpp" title={spec.header}>
      {code}
    </CodeBlock>
  );
}
