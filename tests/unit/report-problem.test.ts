// "Report a problem with this page": the issue form and email links are prefilled, and with neither set the link stays on the site.
import { describe, expect, it } from 'vitest';
import { pageAddress, reportProblemHref } from '../../src/lib/report-problem.ts';
import { REPORT_PROBLEM } from '../../src/lib/routes.ts';

const page = { title: 'Early help & you', address: '/early-help/' };

describe('reportProblemHref', () => {
  it('kind github: the issue form, its template, and the title and page prefilled', () => {
    expect(reportProblemHref({ kind: 'github', repository: 'https://github.com/test-owner/test-portal/', template: 'report-a-problem.yml' }, page)).toBe(
      'https://github.com/test-owner/test-portal/issues/new?template=report-a-problem.yml&title=Problem%20with%3A%20Early%20help%20%26%20you&page=%2Fearly-help%2F',
    );
  });

  it('kind github with a full page address', () => {
    const href = reportProblemHref(
      { kind: 'github', repository: 'https://github.com/o/r', template: 'report-a-problem.yml' },
      { ...page, address: 'https://portal.test.invalid/early-help/' },
    );
    expect(new URL(href).searchParams.get('page')).toBe('https://portal.test.invalid/early-help/');
    expect(new URL(href).searchParams.get('title')).toBe('Problem with: Early help & you');
  });

  it('kind email: a mailto with the subject and a body to fill in', () => {
    expect(reportProblemHref({ kind: 'email', address: 'team@portal.test.invalid' }, page)).toBe(
      'mailto:team@portal.test.invalid?subject=Problem%20with%3A%20Early%20help%20%26%20you&body=' +
        'Page%3A%20%2Fearly-help%2F%0D%0A%0D%0AWhat%20is%20wrong%3A%0D%0A%0D%0AWhat%20it%20should%20say%3A%0D%0A%0D%0AWhere%20you%20found%20the%20right%20information%20(if%20you%20know)%3A%0D%0A',
    );
  });

  it("nothing set: the site's own report page", () => {
    expect(reportProblemHref(undefined, page)).toBe(REPORT_PROBLEM);
    expect(REPORT_PROBLEM).toBe('/report-a-problem/');
  });
});

describe('pageAddress', () => {
  it('in full when the site address is set, else the path only', () => {
    expect(pageAddress('/early-help/', new URL('https://portal.test.invalid'))).toBe('https://portal.test.invalid/early-help/');
    expect(pageAddress('/early-help/', undefined)).toBe('/early-help/');
  });
});
