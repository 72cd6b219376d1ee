/**
 * Any static host (issue 12, item 1). The build writes every page as `X.html`; hosts that rewrite
 * clean URLs (Docusaurus serve, nginx `try_files`, most CDNs) serve it as `/X`, but a plain file
 * server (`python3 -m http.server`, a file share, many intranet hosts) serves it only as `/X.html`.
 * Two small measures make the site behave the same under both:
 *
 * 1. `normalizeScript`: an inline script, first in `<head>` (before any page script), rewrites
 *    the address bar from `/X.html` (and `/X/`, see 2) to the canonical `/X` with
 *    `history.replaceState`, keeping the query and fragment. React's router on the tool pages
 *    then sees a path it knows (no hydration error #418/#423), and every link copied on any
 *    page is the clean form.
 * 2. `writeDirectoryTwins`: after the build, each `X.html` is also written as `X/index.html`, so a
 *    clean internal link `/X` works on a plain file server too (it redirects `/X` to `/X/` and
 *    serves the directory index). The twin is a byte copy, so its content cannot drift; its
 *    canonical link already names `/X`.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The inline script. `roots` are the locales' base URLs (`/`, `/en/`), whose trailing slash is
 * part of the route and is kept. Exported as a function of its inputs so it can be unit-tested.
 */
export function normalizeScript(roots: readonly string[]): string {
  return (
    `(function(){try{var l=location,p=l.pathname,r=${JSON.stringify(roots)},` +
    `c=p.replace(/\\/index\\.html$/,'/').replace(/\\.html$/,'');` +
    `if(r.indexOf(c)<0)c=c.replace(/\\/+$/,'')||'/';` +
    `if(c!==p&&!/\\/404$/.test(c))history.replaceState(history.state,'',c+l.search+l.hash)}catch(e){}})();`
  );
}

/** The canonical path the script gives `pathname` (the same rule, for tests and tools). */
export function canonicalPath(pathname: string, roots: readonly string[]): string {
  let c = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (!roots.includes(c)) c = c.replace(/\/+$/, '') || '/';
  return /\/404$/.test(c) ? pathname : c;
}

/**
 * Write `X/index.html` next to every `X.html` under `outDir` (not for `index.html` or
 * `404.html`, and never over an existing file). Returns the twins written, relative to `outDir`.
 */
export function writeDirectoryTwins(outDir: string): string[] {
  const written: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path.relative(outDir, p).split(path.sep)[0] !== 'assets') walk(p);
        continue;
      }
      if (!entry.name.endsWith('.html') || entry.name === 'index.html' || entry.name === '404.html') continue;
      const twin = path.join(dir, entry.name.slice(0, -'.html'.length), 'index.html');
      if (fs.existsSync(twin)) continue;
      fs.mkdirSync(path.dirname(twin), {recursive: true});
      fs.copyFileSync(p, twin);
      written.push(path.relative(outDir, twin));
    }
  };
  walk(outDir);
  return written.sort();
}

/** Is this built file a directory twin written by `writeDirectoryTwins`? */
export function isDirectoryTwin(buildDir: string, file: string): boolean {
  if (path.basename(file) !== 'index.html') return false;
  const dir = path.dirname(file);
  return dir !== buildDir && fs.existsSync(`${dir}.html`);
}
