/**
 * rehype-katex 7 catches KaTeX errors, records them as vfile messages and re-renders the
 * formula in red: the build "succeeds" with a broken formula (ECOSYSTEM.md §2). This plugin
 * runs after it and turns every message it recorded into a build error.
 */
/** The part of a vfile this plugin reads (avoids a type dependency on a transitive package). */
interface VFileLike {
  path?: string;
  messages: {source?: string | null; line?: number | null; column?: number | null; reason: string; cause?: unknown}[];
}

export default function rehypeKatexStrict() {
  return (_tree: unknown, file: VFileLike): void => {
    const messages = file.messages.filter((m) => m.source === 'rehype-katex');
    if (messages.length > 0) {
      const lines = messages.map(
        (m) =>
          `${file.path}:${m.line ?? '?'}:${m.column ?? '?'} ${(m.cause as Error | undefined)?.message ?? m.reason}`,
      );
      throw new Error(`KaTeX errors:\n${lines.join('\n')}`);
    }
  };
}
