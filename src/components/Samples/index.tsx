/** The C++ samples of an operator (files under src/operators/<id>/samples/, compiled in the tests). */
import React, {type ReactNode} from 'react';
import CodeBlock from '@site/src/theme/CodeBlock';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {apiPagePath, useOperator} from '../OperatorData';
import SpecText from '../SpecText';

export default function Sample({op, id}: {op: string; id: string}): ReactNode {
  const spec = useOperator(op);
  const sample = spec.samples.find((s) => s.id === id);
  if (!sample) throw new Error(`Unknown sample "${id}" for ${op}`);
  const {withBaseUrl} = useBaseUrlUtils();
  // Each call of a related API (aclnnTransQuantParam…, aclnnTransMatmulWeight…) links to its page.
  const links = Object.fromEntries(
    Object.entries(sample.apiLinks).map(([fn, api]) => [fn, withBaseUrl(apiPagePath(api))]),
  );
  return (
    <>
      <p>
        <SpecText text={sample.description} />
      </p>
      <CodeBlock
        language="cpp"
        title={sample.file.replace('samples/', '')}
        showLineNumbers
        code={sample.code}
        links={links}
      />
      {sample.checkerPath && (
        <p>
          <Link to={sample.checkerPath}>
            {translate({id: 'sample.checkerLink', message: '在调用检查器中检查此调用'})}
          </Link>
          {translate({
            id: 'sample.checkerLink.hint',
            message: '：可修改 shape、数据类型等参数，查看第一段接口的返回码和违反的约束。',
          })}
        </p>
      )}
    </>
  );
}
