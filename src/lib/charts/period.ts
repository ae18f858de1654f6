/** Periods as readers say them: 2020-03 → March 2020; 2022-06-28 → 28 June 2022; 2017/18 stays 2017/18. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatPeriod(period: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return period;
}

/** "March 2020 to June 2022", or "as at November 2017". */
export function describeTime(data: { period?: { from: string; to: string }; asAt?: string }): string {
  if (data.asAt) return `as at ${formatPeriod(data.asAt)}`;
  if (data.period) {
    return data.period.from === data.period.to ? formatPeriod(data.period.from) : `${formatPeriod(data.period.from)} to ${formatPeriod(data.period.to)}`;
  }
  return '';
}
