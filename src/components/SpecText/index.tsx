/** Renders spec text: plain text with `code` runs. Never interprets HTML. */
import React, {type ReactNode} from 'react';
import {splitCode} from '@site/src/lib/text';

export default function SpecText({text}: {text: string}): ReactNode {
  return (
    <>
      {splitCode(text).map((run, i) =>
        run.code ? <code key={i}>{run.text}</code> : <React.Fragment key={i}>{run.text}</React.Fragment>,
      )}
    </>
  );
}
