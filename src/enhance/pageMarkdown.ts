/**
 * "Copy page as Markdown" (src/components/PageFormats): the button `button[data-copy-page]`
 * names the page's `.md`; a click fetches it and copies its text. Feedback is visible and
 * announced: the status next to the button (`[data-copy-page-status]`, `role="status"`,
 * `aria-live="polite"`) says "copying…", then "copied" or "failed" (the strings are the button's
 * `data-busy`, `data-done`, `data-failed`, translated at build time). The Markdown link next to
 * it opens the file. Self-contained: it does not touch the copy buttons of copy.ts.
 */
import {copyText} from '../lib/clipboard';

const timers = new WeakMap<Element, number>();

function setStatus(button: HTMLElement, text: string, state: 'busy' | 'done' | 'failed'): void {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-page-status]');
  if (!status) return;
  window.clearTimeout(timers.get(status));
  status.textContent = text;
  status.dataset.state = state;
  if (state !== 'busy')
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = '';
        delete status.dataset.state;
      }, 4000),
    );
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, {credentials: 'same-origin'});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Copy the Markdown at `url`. Where the browser supports a promised ClipboardItem, the copy is
 * started within the click (Safari requires it) and the text arrives when fetched; otherwise
 * the text is fetched first and copied with copyText (which has a fallback).
 */
export async function copyPageMarkdown(url: string): Promise<boolean> {
  const text = fetchText(url);
  text.catch(() => undefined);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard && 'write' in navigator.clipboard) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({'text/plain': text.then((t) => new Blob([t], {type: 'text/plain'}))}),
      ]);
      return true;
    } catch {
      // Fall through: fetch, then copy with the fallback.
    }
  }
  try {
    return await copyText(await text);
  } catch {
    return false;
  }
}

async function onClick(button: HTMLElement): Promise<void> {
  const url = button.dataset.copyPage;
  if (!url || button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  setStatus(button, button.dataset.busy ?? '…', 'busy');
  const ok = await copyPageMarkdown(url);
  button.removeAttribute('aria-busy');
  setStatus(
    button,
    ok ? (button.dataset.done ?? 'Copied') : (button.dataset.failed ?? 'Copy failed'),
    ok ? 'done' : 'failed',
  );
}

let installed = false;

export function installPageMarkdown(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLElement>('button[data-copy-page]');
    if (button) void onClick(button);
  });
}
