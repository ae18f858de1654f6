// html-validate on every built page, with the project's .htmlvalidate.json
// (the recommended preset: HTML conformance plus accessibility and good-practice rules).
// It reads dist/, so it runs in the browser project, after the build.
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './harness.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
// Reader pages: builtPages() leaves out the editor at /admin/ (Decap CMS's markup, not ours; tested in cms.test.ts).
const pages = builtPages();

/** dist/ file for a site path: /about/ is dist/about/index.html. */
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);

describe('html-validate', () => {
  it('finds the built site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileOf(path));
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(errors).toEqual([]);
  });
});
