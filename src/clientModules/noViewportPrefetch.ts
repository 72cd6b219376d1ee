/**
 * Docusaurus <Link> prefetches the code of every internal link that scrolls into view. Here
 * that means the sidebar's tool pages (the checker with its validator, the playground with the
 * reference implementation) are downloaded by every reference page: several hundred KiB that
 * the reader never asked for, against the rule that interactive tools' code must not load on
 * the reference pages. Preloading on hover/focus (`window.docusaurus.preload`) is kept, so a
 * click still finds its page ready.
 *
 * The client entry assigns `window.docusaurus` after client modules have been evaluated, so
 * the override is installed by a property setter that wraps the object when it is assigned.
 */
interface DocusaurusGlobal {
  prefetch: (path: string) => unknown;
  preload: (path: string) => unknown;
}

if (typeof window !== 'undefined') {
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (value: DocusaurusGlobal | undefined) => {
      current = value && {...value, prefetch: () => false};
    },
  });
}

export {};
