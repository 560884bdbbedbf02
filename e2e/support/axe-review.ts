import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** One element axe could not decide the colour contrast of, and why ("bgImage", "bgOverlap", …). */
export interface UndecidedContrast {
  readonly target: string;
  readonly reason: string;
  readonly html: string;
  /** Drawn in an SVG (the start page's chart), where axe does not compute backgrounds. */
  readonly inSvg: boolean;
  /** Hidden from screen readers (a decorative arrow beside its text). */
  readonly decorative: boolean;
  /** The class of what lies on top of the element's middle, when that is something else (a sticky bar). */
  readonly coveredBy: string;
}

export interface AxeReview {
  /** "rule-id: target, target" – must be empty. */
  readonly violations: string[];
  /** The "incomplete" colour-contrast nodes: each must be explained, or it is a failure. */
  readonly undecidedContrast: UndecidedContrast[];
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 AA with axe-core (the tags of `expectNoAxeViolations`), keeping what axe left undecided
 * on contrast. axe is put into the page once and stays there while the app changes screens by its
 * address (no reload), which keeps a sweep over every screen short; `include` limits the check to
 * a part (an open dialog).
 */
export async function reviewAccessibility(page: Page, include?: string): Promise<AxeReview> {
  // page.evaluate runs beside the app's Content-Security-Policy, as @axe-core/playwright does.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([selector, tags]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      return axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    },
    [include ?? '', TAGS] as const,
  );
  const undecided = results.incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) =>
      result.nodes.map((node) => {
        const data = (node.any[0]?.data ?? {}) as { messageKey?: string };
        return { target: node.target.join(' '), reason: data.messageKey ?? 'unknown', html: node.html.slice(0, 160) };
      }),
    );
  // Where each undecided element sits, asked of the page, so an explanation can name its kind.
  const places = await page.evaluate((targets) => {
    return targets.map((target) => {
      const element = document.querySelector(target);
      if (!element) return { inSvg: false, decorative: false, coveredBy: '' };
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const covered = top && top !== element && !element.contains(top) && !top.contains(element);
      // What lies on top, named by the bar it belongs to when that bar stays put while the page scrolls.
      let bar: Element | null = covered ? top : null;
      while (bar && !['sticky', 'fixed'].includes(getComputedStyle(bar).position)) bar = bar.parentElement;
      const name = (node: Element) => node.getAttribute('class') ?? node.tagName.toLowerCase();
      return {
        inSvg: element.closest('svg') !== null,
        decorative: element.closest('[aria-hidden="true"]') !== null,
        coveredBy: !covered ? '' : bar ? `sticky ${name(bar)}` : name(top),
      };
    });
  }, undecided.map((node) => node.target));
  return {
    violations: results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    undecidedContrast: undecided.map((node, index) => ({ ...node, ...places[index]! })),
  };
}
