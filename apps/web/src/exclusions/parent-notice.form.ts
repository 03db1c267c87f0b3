import type { Schemas } from '../api/api-types';
import { parseDate } from '../forms/date-input';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export type ParentNotice = Schemas['ParentNoticeDto'];

/**
 * The two written notices to the parent of the education arranged from day 6: reg 6 of the 2007 Regulations
 * (SI 2007/1870, as substituted by SI 2012/1033 Sch 2 para 8; REFERENCE §1.1), not reg 6 of SI 2012/1033 itself.
 */
export const NOTICE_KINDS: Readonly<Record<ParentNotice['kind'], Readonly<{ text: string; hint: string }>>> = {
  first: {
    text: 'Notice of the exclusion',
    hint: 'Given by the end of the afternoon session on the first day of the exclusion',
  },
  provision: {
    text: 'Notice of the education arranged from day 6',
    hint: 'Given at least 48 hours before the provision starts',
  },
};

const TIME = /^(\d{1,2})(?::|\.)?(\d{2})?\s*(am|pm)?$/;

/** "3:30pm", "9am", "15:30" as minutes after midnight; null when it is not a real time of day. */
export function minutesOfDay(value: string): number | null {
  const match = TIME.exec(value.toLowerCase().replace(/\s+/g, ''));
  if (!match) return null;
  const [hours, minutes, half] = [Number(match[1]), Number(match[2] ?? '0'), match[3]];
  if (minutes > 59 || (half ? hours < 1 || hours > 12 : hours > 23)) return null;
  if (!half && match[2] === undefined) return null; // "15" alone: say am, pm or the minutes
  return (half ? (hours % 12) + (half === 'pm' ? 12 : 0) : hours) * 60 + minutes;
}

const OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** The instant a UK wall-clock time on a date names (GMT in winter, BST in summer). */
export function londonInstant(date: string, minutes: number): string {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const zone = OFFSET.formatToParts(new Date(wall)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offsetHours = Number(zone.replace('GMT', '') || '0');
  return new Date(wall - offsetHours * 3_600_000).toISOString();
}

/**
 * "Record a parent notice": which notice, the day (and optionally the time) it was given and how. The time may be
 * left out: the notice then counts from the start of that day. Whether it is in the future is the engine's rule
 * (its clock decides), shown on the date when the API refuses it.
 */
export function parseParentNotice(body: PostedBody, exclusionId: string): FormResult<ParentNotice> {
  const errors = new FormErrors();
  const kind = checked(body, 'kind')[0] ?? '';
  if (!(kind in NOTICE_KINDS)) errors.add('kind', 'Select which notice you gave the parent', '#kind');
  const givenOn = parseDate(body, 'givenOn', errors, {
    missing: 'Enter the date you gave the parent the notice',
    label: 'the date you gave the notice',
  });
  const time = text(body, 'givenTime');
  const minutes = time ? minutesOfDay(time) : 0;
  if (minutes === null) errors.add('givenTime', 'Enter a real time of day, for example 3:30pm or 15:30');
  const method = text(body, 'method');
  if (!method) errors.add('method', 'Enter how you gave the parent the notice');
  else if (method.length > 200) errors.add('method', 'How you gave the notice must be 200 characters or fewer');
  return errors.result(() => ({
    exclusionId,
    kind: kind as ParentNotice['kind'],
    givenAt: londonInstant(givenOn!, minutes!),
    method,
    ...(kind === 'first' && checked(body, 'provisionDetailsGiven').includes('yes')
      ? { provisionDetailsGiven: true }
      : {}),
  }));
}
