/**
 * Shared axe-core helpers of the browser tests (a11y.spec.ts, related-apis.spec.ts): open a page in
 * a colour mode, and list the axe violations (WCAG 2.0/2.1 A and AA plus best practices).
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {expect, open} from './fixtures';

export const Modes = ['light', 'dark'] as const;
export type Mode = (typeof Modes)[number];
export const Tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Open a page in a colour mode: the OS preference and the stored choice both say `mode`. */
export async function openIn(page: Page, url: string, mode: Mode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  await page.addInitScript((m) => {
    try {
      window.localStorage.setItem('theme', m);
    } catch {
      // storage disabled: the media emulation alone selects the mode
    }
  }, mode);
  await open(page, url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

/** Run axe on the page; one line per violating node (at most 5 per rule), empty when clean. */
export async function axeViolations(page: Page, what: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({page}).withTags(Tags).analyze();
  const violations = results.violations;
  console.log(`[axe] ${what}: ${violations.length} violation(s), ${results.passes.length} rules passed`);
  return violations.flatMap((v) =>
    v.nodes
      .slice(0, 5)
      .map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
  );
}
