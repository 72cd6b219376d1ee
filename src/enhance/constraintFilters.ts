/**
 * Filters of the constraint index (/constraints; markup: src/components/ConstraintIndex). Every
 * row is in the HTML with what the filters look at (`data-op`, `data-params`, `data-dtypes`,
 * `data-text`); this hides the rows that do not match, mirrors the filters in the URL query
 * (history.replaceState, keeping the fragment) and applies the URL's filters on load. Input is
 * only compared as text. The matching rule is the library's (src/lib/constraintIndex.ts).
 */
import {filtersToSearch, matchesFilters, NoFilters, parseFilters, type Filters} from '../lib/constraintIndex';

const Keys = ['op', 'param', 'dtype', 'q'] as const;

function control(form: HTMLFormElement, name: string): HTMLInputElement | HTMLSelectElement | null {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
}

/** Every row, in page order, read once (rows that do not match are taken out of the table). */
const tables = new WeakMap<HTMLFormElement, {body: Element | null; rows: HTMLTableRowElement[]}>();
function table(form: HTMLFormElement): {body: Element | null; rows: HTMLTableRowElement[]} {
  let t = tables.get(form);
  if (!t) {
    const scope = form.parentElement ?? document;
    const rows = [...scope.querySelectorAll<HTMLTableRowElement>('tr[data-constraint]')];
    t = {body: rows[0]?.parentElement ?? null, rows};
    tables.set(form, t);
  }
  return t;
}
const rows = (form: HTMLFormElement) => table(form).rows;

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

/** Parameter options: only those of the chosen operator (all when none is chosen). */
function syncParams(form: HTMLFormElement, op: string): void {
  const select = control(form, 'param');
  if (!(select instanceof HTMLSelectElement)) return;
  const allowed = new Set(rows(form).flatMap((r) => (!op || r.dataset.op === op ? words(r.dataset.params) : [])));
  for (const o of select.options) o.hidden = o.disabled = o.value !== '' && !allowed.has(o.value);
  if (select.value && !allowed.has(select.value)) select.value = '';
}

function apply(form: HTMLFormElement, f: Filters): void {
  const all = rows(form);
  const matching = all.filter((r) =>
    matchesFilters(
      {
        operator: r.dataset.op ?? '',
        params: words(r.dataset.params),
        dtypes: words(r.dataset.dtypes),
        text: r.dataset.text ?? '',
      },
      f,
    ),
  );
  table(form).body?.replaceChildren(...matching);
  const shown = matching.length;
  const text = (form.dataset.caption ?? '{shown} / {total}')
    .replace('{shown}', String(shown))
    .replace('{total}', String(all.length));
  const scope = form.parentElement ?? document;
  // Only this page's own caption and count: other live regions (the release selector's) are not ours.
  scope.querySelectorAll('caption, p[data-constraint-count]').forEach((el) => {
    if (el.textContent !== text) el.textContent = text;
  });
  const region = scope.querySelector('.table-scroll[role="region"]');
  region?.setAttribute('aria-label', text);
}

function read(form: HTMLFormElement): Filters {
  const f = {...NoFilters};
  for (const k of Keys) f[k] = (control(form, k)?.value ?? '').slice(0, 200);
  return f;
}

function write(form: HTMLFormElement, f: Filters): void {
  syncParams(form, f.op);
  for (const k of Keys) {
    const c = control(form, k);
    if (!c) continue;
    if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === f[k] && !o.disabled)) c.value = '';
    else c.value = f[k];
  }
}

function update(form: HTMLFormElement): void {
  syncParams(form, control(form, 'op')?.value ?? '');
  const f = read(form);
  apply(form, f);
  const url = `${window.location.pathname}${filtersToSearch(f)}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

/** Apply the URL's filters to the forms on the page (idempotent). */
export function initConstraintFilters(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-constraint-filters]').forEach((form) => {
    if (form.dataset.ready) return;
    form.dataset.ready = 'true';
    write(form, parseFilters(window.location.search));
    apply(form, read(form));
  });
}

let installed = false;

export function installConstraintFilters(): void {
  initConstraintFilters();
  if (installed) return;
  installed = true;
  const own = (t: EventTarget | null) =>
    t instanceof Element ? t.closest<HTMLFormElement>('form[data-constraint-filters]') : null;
  const onChange = (e: Event) => {
    const form = own(e.target);
    if (form) update(form);
  };
  document.addEventListener('input', onChange);
  document.addEventListener('change', onChange);
  document.addEventListener('submit', (e) => {
    const form = own(e.target);
    if (!form) return;
    e.preventDefault();
    update(form);
  });
  document.addEventListener('reset', (e) => {
    const form = own(e.target);
    // The form resets its controls after this event: read them afterwards.
    if (form) window.setTimeout(() => update(form), 0);
  });
}
