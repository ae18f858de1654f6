/**
 * What the per-page browser tests read from each built page, one profile per screen.
 * Each profile loads every page once (see page-pass.ts); the test files assert from it.
 * Every page means every reader page: builtPages() leaves out the editor at /admin/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { CLS_OBSERVER, measureInTab, WEIGHT_CONTEXT, type PageWeight } from '../../scripts/bench/page-weight.ts';
import type { Profile } from './page-pass.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

export interface DesktopFacts {
  /** The HTTP status of the page itself. */
  status: number | null;
  violations: AxeViolation[];
  /** Requests to any host but the test server. */
  foreign: string[];
  /** Console errors (Content Security Policy violations among them) and uncaught exceptions. */
  errors: string[];
  cookies: unknown[];
  /** Each visible text run, with the tel: link it sits in (if any). */
  textRuns: { text: string; tel: string | null }[];
  /** The last element in <main>. */
  lastInMain: { tag: string; text: string | undefined; href: string | null | undefined } | null;
  /** The canonical link's address, when the page has one. */
  canonical: string | null;
}

/** Runs axe (WCAG 2.2 A and AA) on the page as it is now, through axe's own Playwright binding. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // resultTypes: violations are still checked on every node; passes are gathered for one node only, which is faster.
  // options() replaces the whole options object, so it goes before withTags().
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

/**
 * Watches a tab while one page loads: requests to any host but the test server, and console errors
 * (Content Security Policy violations among them) and uncaught exceptions. `stop` lets the tab be reused.
 */
export function watchPage(page: Page): { foreign: string[]; errors: string[]; stop: () => void } {
  const foreign: string[] = [];
  const errors: string[] = [];
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onPageError = (error: Error) => errors.push(error.message);
  const onRequest = (request: { url: () => string }) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(request.url());
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  return {
    foreign,
    errors,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    },
  };
}

/** A 1280 × 720 window, as Playwright opens by default: accessibility, phone numbers, report a problem. */
export const DESKTOP: Profile<DesktopFacts> = {
  name: 'desktop',
  context: {},
  async collect(page, base, path) {
    const { foreign, errors, stop } = watchPage(page);
    try {
      const response = await page.goto(base + path, { waitUntil: 'networkidle' });
      // Read before axe is injected, so nothing of axe's is counted.
      const textRuns = await page.evaluate(() => {
        const out: { text: string; tel: string | null }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, [hidden]')) continue;
          const link = parent.closest('a');
          out.push({ text: node.textContent ?? '', tel: link?.getAttribute('href')?.startsWith('tel:') ? link.getAttribute('href') : null });
        }
        return out;
      });
      const lastInMain = await page.evaluate(() => {
        const el = document.querySelector('main > :last-child');
        return el ? { tag: el.tagName, text: el.textContent?.trim(), href: el.querySelector('a')?.getAttribute('href') } : null;
      });
      const canonical = await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null);
      const violations = await axeViolations(page);
      // The tab is reused: what this page stored is cleared so the next page starts as a first visit.
      const cookies = await page.context().cookies();
      await page.context().clearCookies();
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      return { status: response?.status() ?? null, violations, foreign, errors: [...errors], cookies, textRuns, lastInMain, canonical };
    } finally {
      stop();
    }
  },
};

export interface PhoneFacts {
  h1: { count: number; top: number | null };
  /** Tap targets measured, and those too small and too close to another. */
  targets: { checked: number; small: string[] };
  /** How far the page scrolls sideways at each reflow width (wide tables may scroll inside their own box). */
  overflow: Record<(typeof REFLOW_WIDTHS)[number], number>;
}

export const PHONE_SCREEN = { width: 375, height: 812 };
/** WCAG 2.5.8: the smallest tap target, in CSS pixels. */
export const MIN_TARGET = 24;

/** 320 CSS pixels wide is WCAG 1.4.10; 640 is a 1280-pixel window at 200% zoom. */
export const REFLOW_WIDTHS = [320, 640] as const;

/** Issue 12 item 7: a 375 × 812 phone; then the same page narrowed and widened for reflow. */
export const PHONE: Profile<PhoneFacts> = {
  name: 'phone',
  context: { viewport: PHONE_SCREEN },
  async collect(page, base, path) {
    await page.setViewportSize(PHONE_SCREEN);
    await page.goto(base + path);
    const h1 = await page.evaluate(() => {
      const headings = document.querySelectorAll('h1');
      const top = headings[0] ? headings[0].getBoundingClientRect().top + window.scrollY : null;
      return { count: headings.length, top };
    });
    const targets = await page.evaluate((min) => {
      // Links inside running text are exempt (2.5.8 "inline"); a link that is a whole list item is not.
      const isTarget = (el: Element) =>
        el.tagName !== 'A' ||
        el.closest('nav') !== null ||
        (el.parentElement?.tagName === 'LI' && el.parentElement.textContent?.trim() === el.textContent?.trim());
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        // The skip link waits off-screen until it is focused.
        return el.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0 && r.right > 0;
      };
      const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(shown);
      const rects = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
      const undersized = (r: DOMRect) => r.width < min || r.height < min;
      const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
        Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
      // Spacing exception: a 24 px circle on the target touches no other target and no other small target's circle.
      const spacedApart = (el: Element, r: DOMRect) => {
        const c = centre(r);
        return all.every((other) => {
          if (other === el || other.contains(el) || el.contains(other)) return true;
          const o = rects.get(other)!;
          if (distanceToRect(c, o) < min / 2) return false;
          if (!undersized(o)) return true;
          const oc = centre(o);
          return Math.hypot(c.x - oc.x, c.y - oc.y) >= min;
        });
      };
      const targets = all.filter(isTarget);
      const small = targets
        .filter((el) => {
          const r = rects.get(el)!;
          return undersized(r) && !spacedApart(el, r);
        })
        .map((el) => {
          const r = rects.get(el)!;
          const name = (el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('name') || el.id;
          return `${el.tagName.toLowerCase()} "${name}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`;
        });
      return { checked: targets.length, small };
    }, MIN_TARGET);
    // Resizing lays the page out as a load at that width would: no script reads the window's size.
    const overflow = { 320: 0, 640: 0 };
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    }
    return { h1, targets, overflow };
  },
};

/** What a page costs a reader on a small phone (scripts/bench/page-weight.ts). */
export const WEIGHT: Profile<PageWeight> = {
  name: 'weight',
  context: WEIGHT_CONTEXT,
  initScript: CLS_OBSERVER,
  collect: (page, base, path) => measureInTab(page, base, path),
};
