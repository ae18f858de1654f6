/**
 * Lighthouse scores (mobile defaults: a mid-range phone on a slow 4G link, simulated)
 * for a few pages, with Debian's Chromium started by chrome-launcher.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../../tests/browser/harness.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  /** 0 to 100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits that lost points, for finding out why a score is below 100. */
  failing: string[];
}

/** Flags as for the browser tests; Lighthouse needs its own Chromium with a debugging port. */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function lighthouseScores(base: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const runner = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = runner.lhr;
      const score = (id: Category) => {
        const value = categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      // Only audits that carry weight in a score explain a score below 100; insights do not.
      const weighted = new Set(CATEGORIES.flatMap((c) => (categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
      const failing = [...weighted].filter((id) => {
        const audit = audits[id];
        return typeof audit?.score === 'number' && audit.score < 1;
      });
      results.push({
        path,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        failing,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
