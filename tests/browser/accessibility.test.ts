// axe-core (WCAG 2.2 A and AA) on every built page, and no request to any other host.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = useSite();

const pages = builtPages();

describe('every built page', () => {
  it('finds the built site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has no axe violations, no console or CSP errors, and requests nothing from other hosts', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    // Console errors include Content Security Policy violations: a page must run clean.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(request.url());
    });
    await page.goto(site.base + path, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    }, TAGS);
    const cookies = await context.cookies();
    await context.close();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(cookies).toEqual([]);
  });
});
