import { capitalise, parseDate } from '../forms/date-input';
import { FormErrors, type FieldError, type PostedBody } from '../forms/form-result';

/** Minutes east of UTC that UK clocks show at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(utc: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(utc);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((asUtc - utc.getTime()) / 60_000);
}

/** A UK wall-clock date and time ('2025-11-06', '09:30') as the instant it names. */
export function ukInstant(date: string, time: string): string {
  const naive = new Date(`${date}T${time}:00.000Z`);
  return new Date(naive.getTime() - londonOffsetMinutes(naive) * 60_000).toISOString();
}

function readInstant(
  query: PostedBody,
  name: string,
  label: string,
  today: string,
  errors: FormErrors,
): string | undefined {
  const date = parseDate(query, name, errors, { missing: `Enter ${label}`, label });
  // The record cannot be shown as it will be: a later date would only repeat today's record under a false heading.
  if (date && date > today) {
    errors.add(name, `${capitalise(label)} must be today or in the past`, `#${name}-day`);
    return undefined;
  }
  const time = String(query[`${name}-time`] ?? '').trim() || '23:59';
  if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(time)) {
    errors.add(`${name}-time`, 'Enter the time as hours and minutes, like 14:30', `#${name}-time`);
    return undefined;
  }
  return date ? ukInstant(date, time.padStart(5, '0')) : undefined;
}

/**
 * "Show the record as it was on" (and, with a second date, the difference between the two): dates from the GOV.UK
 * date input, times as 24-hour UK clock times; without a time, the end of that day. `today` is the engine's date
 * (the API's clock), and neither date may be after it.
 */
export function readRecordAt(
  query: PostedBody,
  today: string,
): { asOf?: string; compareTo?: string; errors: readonly FieldError[] } | undefined {
  if (!('at-day' in query) && !('asOf' in query)) return undefined;
  if (typeof query['asOf'] === 'string') return { asOf: query['asOf'], errors: [] };
  const errors = new FormErrors();
  const asOf = readInstant(query, 'at', 'the date', today, errors);
  const wantsCompare = ['compare-day', 'compare-month', 'compare-year'].some((f) => String(query[f] ?? '') !== '');
  const compareTo = wantsCompare ? readInstant(query, 'compare', 'the second date', today, errors) : undefined;
  return { asOf, compareTo, errors: errors.errors };
}
