/** Dates shown the British way: 23 November 2026. Fixed to UTC so builds do not depend on the machine. */
const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

/** The first day a partial date covers, for formats that need a day (RSS): "2017-09" → "2017-09-01". */
export function firstDay(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

/** The last day a partial date covers: "2017-09" → "2017-09-30". Used to check a date is not after its source. */
export function lastDay(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return value;
}

/** A date at the precision its source gives: "2014", "September 2017" or "24 November 2017". */
export function formatSourceDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH.format(new Date(`${value}-01T00:00:00Z`));
  return formatDate(value);
}
