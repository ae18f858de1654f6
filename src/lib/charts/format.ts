/** Numbers as the reader sees them, by unit. Fixed to en-GB so output never depends on the machine. */
import { formatLocale } from 'd3';

const locale = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] });
const whole = locale.format(',');
const decimals = locale.format(',.2~f');

export type Unit = 'count' | 'percent' | 'pounds';

export function formatValue(value: number, unit: Unit): string {
  const text = Number.isInteger(value) ? whole(value) : decimals(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'pounds') return `£${text}`;
  return text;
}
