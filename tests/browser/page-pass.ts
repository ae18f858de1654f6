/**
 * One load per built page and screen for the whole browser run. Opening a tab costs
 * Chromium about as much as loading a page, and several test files used to open every
 * page separately; now each profile below visits every page once, in two reused tabs at
 * a time, and the test files assert from what that visit gathered.
 *
 * Results are plain data kept on globalThis: with `isolate: false` (vitest.config.ts) the
 * browser test files share one worker, so the second file that needs a profile finds it
 * already gathered. A file run alone gathers only the profiles it asks for.
 *
 * To join: add a field to a profile's collector (or a new profile), then read it with
 * `await visit(site, PROFILE, path)` inside an `it`.
 * Paths come from builtPages() (harness.ts), which leaves out the editor at /admin/ on purpose.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Site } from './site.ts';

export interface Profile<T> {
  /** Names the cache entry: one per screen and set of facts. */
  name: string;
  context: BrowserContextOptions;
  /** A script for every document before its own scripts, as context.addInitScript. */
  initScript?: string;
  /** Reads what the tests need from a tab. Must not leave state behind for the next page. */
  collect: (page: Page, base: string, path: string) => Promise<T>;
}

/** A page's facts, or why they could not be gathered: each page's test fails on its own. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Pass<T> {
  results: Map<string, Promise<Outcome<T>>>;
  /** Pages still to visit, and how to hand each its outcome. */
  queue: string[];
  waiting: Map<string, (outcome: Outcome<T>) => void>;
  /** The site (browser) this pass's tabs belong to: a later test file has a new one. */
  site: Site;
  lanes: Promise<void>[];
  active: number;
}

/** Tabs per profile. Two keep both cores busy while one tab waits for the network to go quiet. */
const LANES = Math.max(1, Number(process.env.PORTAL_BROWSER_LANES ?? 2));

const store = ((globalThis as Record<symbol, unknown>)[Symbol.for('portal.pagePass')] ??= {
  facts: new Map<string, Map<string, Outcome<unknown>>>(),
  passes: new Map<string, Pass<unknown>>(),
}) as { facts: Map<string, Map<string, Outcome<unknown>>>; passes: Map<string, Pass<unknown>> };

/** Turns the HTTP cache off, so a reused tab fetches every file as a first visit would. */
async function uncachedTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

async function lane<T>(profile: Profile<T>, pass: Pass<T>, done: Map<string, Outcome<unknown>>) {
  const finish = (path: string, outcome: Outcome<T>) => {
    done.set(path, outcome);
    pass.waiting.get(path)?.(outcome);
    pass.waiting.delete(path);
  };
  try {
    const context = await pass.site.browser.newContext(profile.context);
    try {
      if (profile.initScript) await context.addInitScript(profile.initScript);
      const page = await uncachedTab(context);
      for (let path = pass.queue.shift(); path !== undefined; path = pass.queue.shift()) {
        try {
          finish(path, { ok: true, value: await profile.collect(page, pass.site.base, path) });
        } catch (error) {
          finish(path, { ok: false, error });
        }
      }
    } finally {
      await context.close();
    }
  } catch (error) {
    // A tab that cannot open fails every page still to visit, each with this error.
    for (const path of pass.queue.splice(0)) finish(path, { ok: false, error });
  } finally {
    pass.active--;
  }
}

/** Queues the pages of `paths` not yet gathered, and opens tabs to visit them. */
function start<T>(site: Site, profile: Profile<T>, paths: readonly string[]): Pass<T> {
  let done = store.facts.get(profile.name);
  if (!done) store.facts.set(profile.name, (done = new Map()));
  let pass = store.passes.get(profile.name) as Pass<T> | undefined;
  if (!pass || pass.site.browser !== site.browser) {
    pass = { results: new Map(), queue: [], waiting: new Map(), site, lanes: [], active: 0 };
    store.passes.set(profile.name, pass as Pass<unknown>);
  }
  for (const path of paths) {
    if (pass.results.has(path)) continue;
    const known = done.get(path) as Outcome<T> | undefined;
    if (known) {
      pass.results.set(path, Promise.resolve(known));
      continue;
    }
    const current = pass;
    pass.results.set(path, new Promise((resolve) => current.waiting.set(path, resolve)));
    pass.queue.push(path);
  }
  while (pass.active < Math.min(LANES, pass.queue.length)) {
    pass.active++;
    pass.lanes.push(lane(profile, pass, done));
  }
  return pass;
}

/**
 * What `profile` gathered on `path`. `all` lists every page this test file will ask for,
 * in order, so the tabs can work ahead; a path outside it is visited on its own.
 */
export async function visit<T>(site: Site, profile: Profile<T>, path: string, all: readonly string[] = [path]): Promise<T> {
  const pass = start(site, profile, all.includes(path) ? all : [path]);
  const outcome = await pass.results.get(path)!;
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Waits for every tab still working for `site`, so its browser can close cleanly. */
export async function settlePasses(site: Site): Promise<void> {
  for (const pass of store.passes.values()) if (pass.site.browser === site.browser) await Promise.all(pass.lanes);
}
