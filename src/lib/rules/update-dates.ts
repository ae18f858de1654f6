// Why: an update must claim no more than its paper: not dated after the paper, and not to a day the paper never gives.
// Limits: the rule knows only the papers' own dates, so it catches the usual slip (a month written as its 1st) and
// dates after the paper; an update citing a public web page may be dated later.
import { firstDay } from '../dates.ts';
import { problem, textField, type Rule } from './types.ts';

export const updateDates: Rule = ({ checked, all }) => {
  const sources = new Map(all.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as { type?: string; date?: unknown }]));
  return checked.flatMap((entry) => {
    const date = textField(entry, 'date');
    const cited = (entry.data as { sources?: unknown } | null)?.sources;
    if (entry.collection !== 'updates' || !entry.valid || !date || !Array.isArray(cited)) return [];
    const refs = cited.filter((id): id is string => typeof id === 'string').map((id) => sources.get(id));
    const paperDates = refs.flatMap((s) => (s?.type === 'paper' && typeof s.date === 'string' ? [s.date] : []));
    const line = entry.fieldLines.get('date');
    const found = [];
    const latest = [...paperDates].sort().at(-1);
    // A later public source may report what happened after the papers.
    if (latest && firstDay(date) > latest && !refs.some((s) => s?.type === 'web')) {
      found.push(
        problem(
          entry,
          'update-date',
          `date ${date} is after ${latest}, the date of the paper it comes from — date the update when the paper reported it, or cite a later public source that says it happened`,
          line,
        ),
      );
    }
    if (/^\d{4}-\d{2}-01$/.test(date) && !paperDates.includes(date)) {
      found.push(
        problem(
          entry,
          'update-date',
          `date ${date} gives a day, the 1st — if the paper gives only the month, write ${date.slice(0, 7)}; if it gives the day, keep it and cite the paper that says so`,
          line,
        ),
      );
    }
    return found;
  });
};
