import { shortDayDate } from '../words/dates';

export type ReferralHistoryEntry = Readonly<{
  summary: string;
  at: string;
  by: Readonly<{ name: string | null; organisationName: string | null; role: string }> | null;
}>;

/** "Sam Patel, Oak Academy"; the service's own steps (a deadline passing) say so. */
const byline = (by: ReferralHistoryEntry['by']): string => {
  if (!by || by.role === 'system') return 'the service';
  return [by.name, by.organisationName].filter(Boolean).join(', ') || 'someone at another organisation';
};

/**
 * The referral's timeline (MoJ timeline), newest first: what happened in the words the API's history gives it
 * (names, not ids or event types), who did it and when ("Referral submitted to Bridges Learning Centre, by Sam
 * Patel, Oak Academy, Mon 3 Nov 2025").
 */
export function presentReferralHistory(history: readonly ReferralHistoryEntry[] | undefined) {
  return [...(history ?? [])].reverse().map((entry) => ({
    title: entry.summary,
    byline: byline(entry.by),
    date: shortDayDate(entry.at),
    iso: entry.at,
  }));
}
