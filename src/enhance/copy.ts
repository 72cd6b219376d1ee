/**
 * Copy buttons, by delegation: "copy link" / "copy as Markdown link" on rows and headings
 * (`[data-copy-link]` holding `button[data-copy="url"|"markdown"]`, rendered by
 * src/components/CopyLink) and the code blocks' copy button (`button[data-copy="code"]`,
 * src/theme/CodeBlock). Confirms on the button and through one polite live region.
 */
import {anchorUrl, markdownLink} from '../lib/links';
import {copyText} from '../lib/clipboard';
import {strings} from './strings';

/** One live region for the whole page, created on first use. */
function announce(message: string): void {
  let region = document.getElementById('copy-link-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'copy-link-status';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.className = 'sr-only';
    document.body.appendChild(region);
  }
  const r = region;
  r.textContent = '';
  window.setTimeout(() => {
    r.textContent = message;
  }, 50);
}

/** The page's title as readers see it (the h1), for Markdown link texts. */
function pageTitle(): string {
  return document.querySelector('article h1, main h1')?.textContent?.trim() ?? document.title;
}

const timers = new WeakMap<HTMLElement, {timer: number; nodes: Node[]}>();

/** Show `text` on the button for 2 s, then restore its original content. */
function confirmOn(button: HTMLElement, text: string): void {
  const prev = timers.get(button);
  const nodes = prev ? prev.nodes : [...button.childNodes];
  if (prev) window.clearTimeout(prev.timer);
  button.textContent = text;
  const timer = window.setTimeout(() => {
    button.replaceChildren(...nodes);
    timers.delete(button);
  }, 2000);
  timers.set(button, {timer, nodes});
}

const bubbles = new WeakMap<HTMLElement, number>();

/**
 * Say what happened next to the buttons for 2.5 s ("Link copied", "Copy failed…"): a visible
 * confirmation in words, not only a ✓. Hidden from assistive technology, which hears the same
 * message from the live region.
 */
function bubble(holder: HTMLElement, message: string, failed: boolean): void {
  let el = holder.querySelector<HTMLElement>(':scope > .copy-bubble');
  if (!el) {
    el = document.createElement('span');
    el.className = 'copy-bubble';
    el.setAttribute('aria-hidden', 'true');
    holder.appendChild(el);
  }
  el.textContent = message;
  el.classList.toggle('copy-bubble--failed', failed);
  const shown = el;
  window.clearTimeout(bubbles.get(holder));
  bubbles.set(
    holder,
    window.setTimeout(() => shown.remove(), 2500),
  );
}

async function onCopy(button: HTMLElement): Promise<void> {
  const kind = button.dataset.copy;
  const s = strings();
  if (kind === 'code') {
    const code = button.closest('.theme-code-block')?.querySelector('pre code');
    const ok = await copyText(code?.textContent ?? '');
    if (ok) confirmOn(button, s.codeCopied);
    return;
  }
  const holder = button.closest<HTMLElement>('[data-copy-link]');
  const id = holder?.dataset.copyLink;
  if (!holder || !id) return;
  const url = anchorUrl(window.location.href, id);
  const text = kind === 'markdown' ? markdownLink(pageTitle(), holder.dataset.label ?? id, url) : url;
  const ok = await copyText(text);
  const message = ok ? (kind === 'markdown' ? s.markdownCopied : s.linkCopied) : s.copyFailed;
  if (ok) confirmOn(button, '✓');
  bubble(holder, message, !ok);
  announce(message);
}

export function installCopy(): void {
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLElement>('button[data-copy]');
    if (button) void onCopy(button);
  });
}
