/**
 * The theme's page chrome on document pages, which ship no React (see README, "Documents
 * without React"): colour-mode toggle, language menu (keeping path, query and fragment),
 * mobile navigation drawer, sidebar categories, mobile table of contents, the active TOC
 * entry, back-to-top. Everything works by delegation on the markup Docusaurus renders at build
 * time. Tool pages keep React, whose theme components do this there, so this module is only
 * loaded by document pages (src/enhance/index.ts).
 */
import {strings} from './strings';

const root = document.documentElement;

// ---------------------------------------------------------------- colour mode
type Choice = 'system' | 'light' | 'dark';
const ToggleSelector = '[class*="colorModeToggle"] button';
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function currentChoice(): Choice {
  const c = root.getAttribute('data-theme-choice');
  return c === 'light' || c === 'dark' ? c : 'system';
}

function labelToggles(): void {
  const s = strings();
  const mode = {system: s.modeSystem, light: s.modeLight, dark: s.modeDark}[currentChoice()];
  document.querySelectorAll<HTMLButtonElement>(ToggleSelector).forEach((b) => {
    b.disabled = false;
    b.classList.forEach((c) => {
      if (c.includes('toggleButtonDisabled')) b.classList.remove(c);
    });
    b.title = mode;
    b.setAttribute('aria-label', s.colorModeLabel.replace('{mode}', mode));
  });
}

function applyChoice(choice: Choice): void {
  root.setAttribute('data-theme-choice', choice);
  root.setAttribute('data-theme', choice === 'system' ? (dark.matches ? 'dark' : 'light') : choice);
  try {
    if (choice === 'system') window.localStorage.removeItem('theme');
    else window.localStorage.setItem('theme', choice);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  labelToggles();
}

function installColorMode(): void {
  labelToggles();
  document.addEventListener('click', (e) => {
    if (!(e.target as Element | null)?.closest?.(ToggleSelector)) return;
    const next: Record<Choice, Choice> = {system: 'light', light: 'dark', dark: 'system'};
    applyChoice(next[currentChoice()]);
  });
  dark.addEventListener('change', () => {
    if (currentChoice() === 'system') applyChoice('system');
  });
  // Another tab changed the stored choice.
  window.addEventListener('storage', (e) => {
    if (e.key !== 'theme') return;
    applyChoice(e.newValue === 'light' || e.newValue === 'dark' ? e.newValue : 'system');
  });
}

// ---------------------------------------------------------------- language menu
const LocaleLinks = '.dropdown__link[lang]';

/** The language links name the same page in the other locale; carry the query and fragment. */
function syncLocaleLinks(): void {
  document.querySelectorAll<HTMLAnchorElement>(LocaleLinks).forEach((a) => {
    a.dataset.path ??= (a.getAttribute('href') ?? '').replace(/[?#].*$/, '');
    a.setAttribute('href', `${a.dataset.path}${window.location.search}${window.location.hash}`);
  });
}

function setDropdown(dropdown: Element, open: boolean): void {
  dropdown.classList.toggle('dropdown--show', open);
  dropdown.querySelector(':scope > .navbar__link')?.setAttribute('aria-expanded', String(open));
}

function installDropdowns(): void {
  syncLocaleLinks();
  window.addEventListener('hashchange', syncLocaleLinks);
  // The query can change without an event (the release selector's history.replaceState): refresh
  // the links whenever the menu is about to be used.
  for (const type of ['pointerover', 'focusin', 'pointerdown'] as const) {
    document.addEventListener(
      type,
      (e) => {
        if ((e.target as Element | null)?.closest?.('.navbar .dropdown')) syncLocaleLinks();
      },
      {capture: true},
    );
  }
  document.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    const trigger = target?.closest?.('.navbar .dropdown > .navbar__link');
    document.querySelectorAll('.navbar .dropdown.dropdown--show').forEach((d) => {
      if (!d.contains(target)) setDropdown(d, false);
    });
    if (trigger?.parentElement) {
      e.preventDefault();
      setDropdown(trigger.parentElement, !trigger.parentElement.classList.contains('dropdown--show'));
    }
  });
  document.addEventListener('focusout', (e) => {
    const d = (e.target as Element | null)?.closest?.('.navbar .dropdown');
    if (d && !d.contains(e.relatedTarget as Node | null)) setDropdown(d, false);
  });
}

// ---------------------------------------------------------------- sidebar categories
/** Expand or collapse a sidebar category (the item holding a caret button or caret link). */
function toggleCategory(item: HTMLElement): void {
  const collapsed = !item.classList.contains('menu__list-item--collapsed');
  item.classList.toggle('menu__list-item--collapsed', collapsed);
  const list = item.querySelector<HTMLElement>(':scope > .menu__list');
  if (list) {
    list.style.display = collapsed ? 'none' : '';
    list.style.height = '';
    list.style.overflow = '';
  }
  item
    .querySelectorAll(':scope > .menu__list-item-collapsible > [aria-expanded]')
    .forEach((c) => c.setAttribute('aria-expanded', String(!collapsed)));
}

function installSidebar(): void {
  document.addEventListener('click', (e) => {
    const control = (e.target as Element | null)?.closest?.<HTMLElement>(
      '.menu__caret, a.menu__link--sublist-caret[role="button"]',
    );
    const item = control?.closest<HTMLElement>('.menu__list-item');
    if (!control || !item) return;
    e.preventDefault();
    toggleCategory(item);
  });
}

// ---------------------------------------------------------------- mobile navigation drawer
function drawerLink(a: HTMLAnchorElement): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'menu__list-item';
  const link = document.createElement('a');
  link.className = `menu__link${a.classList.contains('navbar__link--active') || a.classList.contains('dropdown__link--active') ? ' menu__link--active' : ''}`;
  link.href = a.getAttribute('href') ?? '#';
  if (a.lang) link.lang = a.lang;
  link.textContent = a.textContent;
  li.append(link);
  return li;
}

function buildDrawer(nav: HTMLElement): HTMLElement {
  const s = strings();
  const drawer = document.createElement('div');
  drawer.className = 'navbar-sidebar';
  const header = document.createElement('div');
  header.className = 'navbar-sidebar__brand';
  const brand = nav.querySelector('.navbar__brand');
  if (brand) header.append(brand.cloneNode(true));
  const toggle = nav.querySelector('[class*="colorModeToggle"]');
  if (toggle) {
    const copy = toggle.cloneNode(true) as HTMLElement;
    copy.classList.add('margin-right--md');
    header.append(copy);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'clean-btn navbar-sidebar__close';
  close.setAttribute('aria-label', s.closeMenu);
  close.dataset.drawerClose = '';
  close.innerHTML =
    '<svg viewBox="0 0 15 15" width="21" height="21" aria-hidden="true"><g stroke="var(--ifm-color-emphasis-600)" stroke-width="1.2"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg>';
  header.append(close);

  const items = document.createElement('div');
  items.className = 'navbar-sidebar__items';
  const primary = document.createElement('div');
  primary.className = 'navbar-sidebar__item menu';
  const list = document.createElement('ul');
  list.className = 'menu__list';
  nav
    .querySelectorAll<HTMLAnchorElement>('.navbar__items:not(.navbar__items--right) > a.navbar__item')
    .forEach((a) => list.append(drawerLink(a)));
  nav.querySelectorAll<HTMLAnchorElement>(LocaleLinks).forEach((a) => list.append(drawerLink(a)));
  primary.append(list);
  items.append(primary);

  const docMenu = document.querySelector('.theme-doc-sidebar-menu');
  if (docMenu) {
    const secondary = document.createElement('div');
    secondary.className = 'navbar-sidebar__item menu';
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'clean-btn navbar-sidebar__back';
    back.dataset.drawerBack = '';
    back.textContent = s.backToMenu;
    secondary.append(back, docMenu.cloneNode(true));
    items.append(secondary);
    items.classList.add('navbar-sidebar__items--show-secondary');
    primary.inert = true;
  }
  drawer.append(header, items);
  return drawer;
}

function setDrawer(open: boolean): void {
  const nav = document.querySelector<HTMLElement>('nav.navbar');
  if (!nav) return;
  if (open && !nav.querySelector('.navbar-sidebar')) {
    nav.append(buildDrawer(nav));
    syncLocaleLinks();
    labelToggles();
  }
  nav.classList.toggle('navbar-sidebar--show', open);
  document.body.style.overflow = open ? 'hidden' : '';
  nav.querySelector('.navbar__toggle')?.setAttribute('aria-expanded', String(open));
  if (!open) (nav.querySelector('.navbar__toggle') as HTMLElement | null)?.focus({preventScroll: true});
}

function installDrawer(): void {
  document.addEventListener('click', (e) => {
    const t = e.target as Element | null;
    if (t?.closest?.('.navbar__toggle')) return setDrawer(true);
    if (t?.closest?.('[data-drawer-close], .navbar-sidebar__backdrop')) return setDrawer(false);
    const back = t?.closest?.('[data-drawer-back]');
    if (back) {
      const items = back.closest('.navbar-sidebar__items');
      items?.classList.remove('navbar-sidebar__items--show-secondary');
      const [primary, secondary] = items ? [...items.children] : [];
      if (primary instanceof HTMLElement) primary.inert = false;
      if (secondary instanceof HTMLElement) secondary.inert = true;
      return;
    }
    // Following a link closes the drawer (a same-page fragment stays on this page).
    if (t?.closest?.('.navbar-sidebar a[href]')) setDrawer(false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.querySelector('nav.navbar-sidebar--show')) setDrawer(false);
  });
}

// ---------------------------------------------------------------- table of contents
function installToc(): void {
  // Mobile: the collapsed "on this page" button opens a copy of the desktop TOC.
  document.addEventListener('click', (e) => {
    const t = e.target as Element | null;
    const button = t?.closest?.<HTMLButtonElement>('.theme-doc-toc-mobile > button');
    const box = (button ?? t)?.closest?.<HTMLElement>('.theme-doc-toc-mobile');
    if (!box) return;
    let content = box.querySelector<HTMLElement>('[data-toc-content]');
    if (button) {
      if (!content) {
        const toc = document.querySelector('.theme-doc-toc-desktop .table-of-contents');
        if (!toc) return;
        content = document.createElement('div');
        content.dataset.tocContent = '';
        const copy = toc.cloneNode(true) as HTMLElement;
        copy.classList.remove('table-of-contents__left-border');
        content.append(copy);
        content.hidden = true;
        box.append(content);
      }
      content.hidden = !content.hidden;
      button.setAttribute('aria-expanded', String(!content.hidden));
    } else if (content && t?.closest('a[href]')) {
      content.hidden = true;
      box.querySelector(':scope > button')?.setAttribute('aria-expanded', 'false');
    }
  });
  document.querySelectorAll('.theme-doc-toc-mobile > button').forEach((b) => b.setAttribute('aria-expanded', 'false'));

  // Desktop: mark the entry of the section being read.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.theme-doc-toc-desktop a.table-of-contents__link')];
  if (links.length === 0) return;
  const targets = links.map((a) => {
    try {
      return document.getElementById(decodeURIComponent((a.getAttribute('href') ?? '').replace(/^#/, '')));
    } catch {
      return null;
    }
  });
  let scheduled = false;
  const update = () => {
    scheduled = false;
    // A heading counts as being read once it reaches the bottom of the sticky navbar.
    const line = (document.querySelector('.navbar')?.getBoundingClientRect().height ?? 60) + 16;
    let active = -1;
    targets.forEach((el, i) => {
      if (el && el.getBoundingClientRect().top <= line) active = i;
    });
    links.forEach((a, i) => a.classList.toggle('table-of-contents__link--active', i === active));
  };
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return;
      scheduled = true;
      window.requestAnimationFrame(update);
    },
    {passive: true},
  );
  update();
}

// ---------------------------------------------------------------- back to top
/** Shown like the theme's: after scrolling back up (not down) past the first 300 px. */
function installBackToTop(): void {
  const button = document.querySelector<HTMLElement>('.theme-back-to-top-button');
  if (!button) return;
  let shown = false;
  let last = window.scrollY;
  const sync = () => {
    const y = window.scrollY;
    const next = y > 300 && y < last;
    last = y;
    if (next !== shown) button.classList.toggle('back-to-top-shown', (shown = next));
  };
  window.addEventListener('scroll', sync, {passive: true});
  button.addEventListener('click', () => window.scrollTo({top: 0, behavior: 'smooth'}));
}

export function installChrome(): void {
  installColorMode();
  installDropdowns();
  installSidebar();
  installDrawer();
  installToc();
  installBackToTop();
}
