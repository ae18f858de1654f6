/** Dates shown the British way: 23 November 2026. Fixed to UTC so builds do not depend on the machine. */
const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMonth(iso: string): string {
  return MONTH.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}
