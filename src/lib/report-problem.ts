/**
 * "Report a problem with this page": where the link goes, set once in
 * src/content/partnership.yaml. Pure, so the builders are unit tested.
 */
import { REPORT_PROBLEM } from './routes.ts';
import type { PartnershipData } from './schemas.ts';

export { pageAddress } from './site-files.ts';

const enc = encodeURIComponent;

/** The link for one page: the issue form or an email, both prefilled, or the site's own report page. */
export function reportProblemHref(report: PartnershipData['reportProblem'], page: { title: string; address: string }): string {
  const title = `Problem with: ${page.title}`;
  if (report?.kind === 'github') {
    return `${report.repository.replace(/\/+$/, '')}/issues/new?template=${enc(report.template)}&title=${enc(title)}&page=${enc(page.address)}`;
  }
  if (report?.kind === 'email') {
    // RFC 6068: line breaks in a mailto body are written %0D%0A.
    const body = `Page: ${page.address}\r\n\r\nWhat is wrong:\r\n\r\nWhat it should say:\r\n\r\nWhere you found the right information (if you know):\r\n`;
    return `mailto:${report.address}?subject=${enc(title)}&body=${enc(body)}`;
  }
  return REPORT_PROBLEM;
}
