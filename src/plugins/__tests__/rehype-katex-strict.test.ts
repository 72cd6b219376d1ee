import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexStrict from '../rehype-katex-strict';

/** Compile MDX with the same math pipeline as docusaurus.config.ts. */
function build(source: string) {
  return compile(source, {
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeKatex, {strict: 'error'}], rehypeKatexStrict],
  });
}

describe('rehypeKatexStrict', () => {
  it('lets valid math through, rendered with MathML', async () => {
    const out = String(await build('Inline $k \\le 65535$ and\n\n$$\nx_{int8} \\cdot y\n$$\n'));
    expect(out).toContain('katex-mathml');
  });

  it.each([
    ['an unclosed group', '$\\frac{1}{$'],
    ['an undefined macro', '$\\foo{x}$'],
    ['CJK text in math mode', '$k 轴$'],
  ])('fails the build on %s', async (_name, src) => {
    await expect(build(src)).rejects.toThrow(/KaTeX errors/);
  });

  it('without the plugin rehype-katex would have swallowed the error (why the plugin exists)', async () => {
    const out = String(
      await compile('$\\frac{1}{$', {remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, {strict: 'error'}]]}),
    );
    expect(out).toContain('katex-error');
  });
});
