import { placementStatusTag } from '../words/codes';
import { daysBetween, longDate } from '../words/dates';

export type PlacementRecord = Readonly<{
  placementId: string;
  status: string;
  upn: string;
  providerId: string;
  tier: number;
  startDate: string;
  startedOn?: string;
  plannedEndDate?: string;
  endedOn?: string;
  extensions: number;
  extensionReason?: string;
  reintegrationCriteria: readonly string[];
  fullTime: boolean;
  timetable: Readonly<{ hoursPerWeek: number }>;
  transition?: Readonly<{ status: string; destination?: Readonly<{ kind: string }> }>;
}>;

export const TIER_TEXT: Readonly<Record<number, string>> = {
  1: 'Tier 1: support in school',
  2: 'Tier 2: time-limited, returning to the home school',
  3: 'Tier 3: moving on to a new setting',
};

/** Who the placement is for and with, by name (the pupil from the referral, the provider from the directory). */
export type PlacementNames = Readonly<{ pupil: string; provider: string }>;

/** When it started, only once a start is recorded; until then, when it is due to. */
const startRow = (p: PlacementRecord) =>
  p.startedOn
    ? { key: 'Started', value: longDate(p.startedOn) }
    : p.status === 'planned'
      ? { key: 'Due to start', value: longDate(p.startDate) }
      : { key: 'Started', value: 'Not recorded' };

/** The placement's plan in words: its tier, planned end (overrun tagged), extensions and return criteria. */
export function presentPlacementPlan(
  p: PlacementRecord,
  today: string,
  role: string,
  organisationId: string,
  names: PlacementNames,
) {
  const open = p.status === 'planned' || p.status === 'active';
  const overrun = open && p.plannedEndDate !== undefined && daysBetween(p.plannedEndDate, today) > 0;
  return {
    id: p.placementId,
    heading: `Placement for ${names.pupil}`,
    tier: TIER_TEXT[p.tier] ?? `Tier ${p.tier}`,
    status: placementStatusTag(p.status),
    overrun: overrun ? { text: 'Past its planned end', classes: 'govuk-tag--red' } : undefined,
    rows: [
      { key: 'Provider', value: names.provider },
      { key: 'Tier', value: TIER_TEXT[p.tier] ?? `Tier ${p.tier}` },
      startRow(p),
      { key: 'Planned end', value: p.plannedEndDate ? longDate(p.plannedEndDate) : 'Not set' },
      { key: 'Extended', value: p.extensions === 0 ? 'No' : p.extensions === 1 ? 'Once' : `${p.extensions} times` },
      ...(p.extensionReason ? [{ key: 'Why it was extended', value: p.extensionReason }] : []),
      { key: 'Hours', value: `${p.timetable.hoursPerWeek} a week${p.fullTime ? '' : ' (part-time)'}` },
      ...(p.endedOn ? [{ key: 'Ended', value: longDate(p.endedOn) }] : []),
    ],
    criteria: p.reintegrationCriteria,
    canGiveFeedback: p.status === 'ended' && role !== 'la_auditor',
    canExtend: open && role !== 'la_auditor' && (role === 'la_officer' || organisationId !== ''),
  };
}
