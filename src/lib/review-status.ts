/** Whether a page's review date has passed, is close, or is fine, on a given day. */
export type ReviewState = 'current' | 'due-soon' | 'overdue';

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function reviewState(reviewDue: string, today: string, warnDays = 30): ReviewState {
  const days = daysBetween(today, reviewDue);
  if (days < 0) return 'overdue';
  if (days <= warnDays) return 'due-soon';
  return 'current';
}
