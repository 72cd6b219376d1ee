/** The documented prototypes of an operator or a related API, from the spec (the same text the sample compile check uses). */
import React, {type ReactNode} from 'react';
import CodeBlock from '@site/src/theme/CodeBlock';
import {useTableSpec} from '../OperatorData';

export default function Prototype({op}: {op: string}): ReactNode {
  const spec = useTableSpec(op);
  return <CodeBlock language="cpp" title={spec.header} code={spec.prototypeCode} />;
}
