// Why: phone numbers and opening hours change without notice, so contact details are rechecked every 6 months and are never shown once a year old.
import { addMonths } from '../generated-pages.ts';
import { problem, textField, type Rule } from './types.ts';

/** A warning this many months after checkedOn; an error at ERROR_MONTHS. */
export const WARN_MONTHS = 6;
export const ERROR_MONTHS = 12;

const FIX = 'check every number, address and the hours against the source page, then set checkedOn to the day you checked';

export const serviceChecked: Rule = ({ checked, today }) =>
  checked.flatMap((entry) => {
    const on = textField(entry, 'checkedOn');
    if (entry.collection !== 'services' || !entry.valid || !on) return [];
    const line = entry.fieldLines.get('checkedOn');
    if (today >= addMonths(on, ERROR_MONTHS))
      return [problem(entry, 'service-checked', `checkedOn ${on} is more than ${ERROR_MONTHS} months ago — ${FIX}`, line)];
    // A warning even in CI: at 6 months the details are still shown, but someone should look.
    if (today >= addMonths(on, WARN_MONTHS))
      return [problem(entry, 'service-checked', `checkedOn ${on} is more than ${WARN_MONTHS} months ago — ${FIX}`, line, 'warning')];
    return [];
  });
