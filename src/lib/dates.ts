/** Dates shown the British way: 23 November 2026. Fixed to UTC so builds do not depend on the machine. */
const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

/** A date at the precision its source gives: "2014", "September 2017" or "24 November 2017". */
export function formatSourceDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH.format(new Date(`${value}-01T00:00:00Z`));
  return formatDate(value);
}
