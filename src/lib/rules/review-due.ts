// Why: readers act on this advice, so a page past its review date may send them the wrong way.
import { daysBetween, reviewState } from '../review-status.ts';
import { isDraft, problem, textField, type Rule } from './types.ts';

const FIX = 'check the page is still right, then set a new reviewDue and add a line to changes';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export const reviewDue: Rule = ({ checked, today, ci }) =>
  checked.flatMap((entry) => {
    const due = textField(entry, 'reviewDue');
    // A wrong date is a schema problem already; a draft is never shown to readers.
    if (!entry.valid || !due || isDraft(entry)) return [];
    const line = entry.fieldLines.get('reviewDue');
    const left = daysBetween(today, due);
    switch (reviewState(due, today)) {
      case 'overdue':
        return [problem(entry, 'review-due', `reviewDue ${due} passed ${days(-left)} ago — ${FIX}`, line)];
      case 'due-soon':
        return [problem(entry, 'review-due', `reviewDue ${due} is ${left === 0 ? 'today' : `in ${days(left)}`} — ${FIX}`, line, ci ? 'error' : 'warning')];
      case 'current':
        return [];
    }
  });
