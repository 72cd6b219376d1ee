/**
 * The navbar search box (markup: src/theme/SearchBar), by delegation. The engine and the
 * locale's index load on first focus/keystroke (a separate chunk + /search-index.json), so a
 * page where the box is not used loads neither. ARIA combobox with keyboard navigation; result
 * text is inserted as text nodes, never as HTML. Choosing a result is a plain navigation.
 */
import {strings} from './strings';
import type {SearchResult} from './searchRuntime';

type Runtime = typeof import('./searchRuntime');

let runtimePromise: Promise<Runtime> | null = null;
function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= import('./searchRuntime');
  runtimePromise.catch(() => {
    runtimePromise = null;
  });
  return runtimePromise;
}

interface Classes {
  hidden?: string;
  option?: string;
  active?: string;
  link?: string;
  title?: string;
  page?: string;
  snippet?: string;
  empty?: string;
}

interface State {
  results: SearchResult[];
  active: number;
  open: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  closeTimer?: number;
}

const states = new WeakMap<HTMLElement, State>();

function parts(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  let classes: Classes = {};
  try {
    classes = JSON.parse(root.dataset.classes ?? '{}') as Classes;
  } catch {
    classes = {};
  }
  return {input, panel, list, classes};
}

function state(root: HTMLElement): State {
  let s = states.get(root);
  if (!s) {
    s = {results: [], active: -1, open: false, status: 'idle'};
    states.set(root, s);
  }
  return s;
}

/** Index URLs are site paths of this locale; prefix the locale's base URL once. */
function href(root: HTMLElement, url: string): string {
  const base = root.dataset.base ?? '/';
  return url.startsWith(base) ? url : `${base.replace(/\/$/, '')}${url}`;
}

function addClass(el: Element, c: string | undefined): void {
  if (c) el.classList.add(...c.split(/\s+/).filter(Boolean));
}

/** Snippet text with matched ranges in <mark>; every piece is a text node. */
function highlighted(text: string, ranges: Array<[number, number]>): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) out.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    out.push(mark);
    at = end;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

function render(root: HTMLElement): void {
  const {input, panel, list, classes} = parts(root);
  if (!input || !panel || !list) return;
  const s = state(root);
  const showList = s.open && input.value.trim() !== '';
  const optionId = (i: number) => `${list.id}-opt-${i}`;
  panel.classList.toggle(classes.hidden ?? 'hidden', !showList);
  panel.tabIndex = showList ? 0 : -1;
  input.setAttribute('aria-expanded', String(showList));
  if (showList && s.active >= 0) input.setAttribute('aria-activedescendant', optionId(s.active));
  else input.removeAttribute('aria-activedescendant');

  const items = s.results.map((r, i) => {
    const li = document.createElement('li');
    li.id = optionId(i);
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === s.active));
    addClass(li, classes.option);
    if (i === s.active) addClass(li, classes.active);
    // The option is the control; an option must not contain a link, so the target URL is
    // carried as data (for the click handler, tools and tests).
    li.dataset.href = href(root, r.url);
    const link = document.createElement('span');
    addClass(link, classes.link);
    const title = document.createElement('span');
    addClass(title, classes.title);
    title.textContent = r.title;
    link.append(title);
    // Where a section or row is: its page (a page result is its own title, so nothing repeats).
    if (r.kind !== 'page' && r.pageTitle !== r.title) {
      const pageTitle = document.createElement('span');
      addClass(pageTitle, classes.page);
      pageTitle.textContent = r.pageTitle;
      link.append(pageTitle);
    }
    if (r.snippet) {
      const snippet = document.createElement('span');
      addClass(snippet, classes.snippet);
      snippet.append(...highlighted(r.snippet, r.highlights));
      link.append(snippet);
    }
    li.append(link);
    return li;
  });
  list.replaceChildren(...items);

  let status = panel.querySelector<HTMLElement>('[role="status"]');
  if (showList && s.results.length === 0) {
    if (!status) {
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      addClass(status, classes.empty);
      panel.append(status);
    }
    const t = strings();
    status.textContent = s.status === 'error' ? t.searchError : s.status === 'ready' ? t.searchNone : t.searchLoading;
  } else status?.remove();
  if (s.active >= 0) document.getElementById(optionId(s.active))?.scrollIntoView({block: 'nearest'});
}

async function run(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const s = state(root);
  const q = input.value;
  if (q.trim() === '') {
    s.results = [];
    render(root);
    return;
  }
  try {
    if (s.status !== 'ready') s.status = 'loading';
    render(root);
    const rt = await loadRuntime();
    const index = await rt.loadIndex(root.dataset.index ?? '/search-index.json');
    s.status = 'ready';
    if (input.value !== q) return; // a stale query
    s.results = rt.search(index, q, root.dataset.locale === 'en' ? 'en' : 'zh-Hans', 8);
    s.active = -1;
  } catch {
    s.status = 'error';
    s.results = [];
  }
  render(root);
}

function go(root: HTMLElement, url: string): void {
  const {input} = parts(root);
  const s = state(root);
  s.open = false;
  s.results = [];
  if (input) {
    input.value = '';
    input.blur();
  }
  render(root);
  window.location.assign(url);
}

function rootOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-search]') : null;
}

export function installSearch(): void {
  document.addEventListener('focusin', (e) => {
    const root = rootOf(e.target);
    if (!root) return;
    const s = state(root);
    window.clearTimeout(s.closeTimer);
    if ((e.target as Element).matches('input[role="combobox"]')) {
      s.open = true;
      render(root);
      void loadRuntime().catch(() => undefined);
    }
  });
  // The panel closes when focus leaves the search box and its (focusable, scrollable) panel.
  document.addEventListener('focusout', (e) => {
    const root = rootOf(e.target);
    if (!root || root.contains(e.relatedTarget as Node | null)) return;
    const s = state(root);
    s.closeTimer = window.setTimeout(() => {
      s.open = false;
      render(root);
    }, 150);
  });
  document.addEventListener('input', (e) => {
    const root = rootOf(e.target);
    const input = e.target as HTMLInputElement;
    if (!root || !input.matches('input[role="combobox"]')) return;
    state(root).open = true;
    void run(root, input);
  });
  document.addEventListener('mousedown', (e) => {
    if ((e.target as Element | null)?.closest?.('[data-search] [role="option"]')) e.preventDefault();
  });
  // One selection state: the option under the pointer becomes the active option, so Enter opens
  // what is highlighted, whichever way it was highlighted.
  document.addEventListener('pointermove', (e) => {
    const option = (e.target as Element | null)?.closest?.<HTMLElement>('[data-search] [role="option"]');
    const root = rootOf(option ?? null);
    if (!option || !root) return;
    const index = Array.from(root.querySelectorAll('[role="option"]')).indexOf(option);
    const s = state(root);
    if (index >= 0 && index !== s.active) {
      s.active = index;
      render(root);
    }
  });
  document.addEventListener('click', (e) => {
    const option = (e.target as Element | null)?.closest?.<HTMLElement>('[data-search] [role="option"]');
    const root = rootOf(option ?? null);
    if (option && root && option.dataset.href) go(root, option.dataset.href);
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const root = rootOf(target);
    if (root && target) {
      const s = state(root);
      const isInput = target.matches('input[role="combobox"]');
      if (isInput && e.key === 'ArrowDown') {
        e.preventDefault();
        s.open = true;
        s.active = Math.min(s.active + 1, s.results.length - 1);
        render(root);
      } else if (isInput && e.key === 'ArrowUp') {
        e.preventDefault();
        s.active = Math.max(s.active - 1, -1);
        render(root);
      } else if (isInput && e.key === 'Enter') {
        const r = s.results[s.active >= 0 ? s.active : 0];
        if (r) {
          e.preventDefault();
          go(root, href(root, r.url));
        }
      } else if (e.key === 'Escape') {
        s.open = false;
        s.active = -1;
        render(root);
        if (!isInput) parts(root).input?.focus();
      }
      return;
    }
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
      const input = document.querySelector<HTMLInputElement>('[data-search] input[role="combobox"]');
      if (input) {
        e.preventDefault();
        input.focus();
      }
    }
  });
}
