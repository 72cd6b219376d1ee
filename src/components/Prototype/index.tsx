/** The two documented prototypes, from the spec (the same text the sample compile check uses). */
import React, {type ReactNode} from 'react';
import CodeBlock from '@site/src/theme/CodeBlock';
import {useOperator} from '../OperatorData';

export default function Prototype({op}: {op: string}): ReactNode {
  const spec = useOperator(op);
  return <CodeBlock language="cpp" title={spec.header} code={spec.prototypeCode} />;
}
