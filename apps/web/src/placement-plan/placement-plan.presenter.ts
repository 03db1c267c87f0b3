import { daysBetween, longDate } from '../words/dates';

export type PlacementRecord = Readonly<{
  placementId: string;
  status: string;
  upn: string;
  providerId: string;
  tier: number;
  startDate: string;
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

/** The placement's plan in words: its tier, planned end (overrun tagged), extensions and return criteria. */
export function presentPlacementPlan(p: PlacementRecord, today: string, role: string, organisationId: string) {
  const open = p.status === 'planned' || p.status === 'active';
  const overrun = open && p.plannedEndDate !== undefined && daysBetween(p.plannedEndDate, today) > 0;
  return {
    id: p.placementId,
    heading: `Placement for ${p.upn}`,
    tier: TIER_TEXT[p.tier] ?? `Tier ${p.tier}`,
    status: overrun
      ? { text: 'Past its planned end', classes: 'govuk-tag--red' }
      : p.status === 'ended'
        ? { text: 'Ended', classes: 'govuk-tag--grey' }
        : { text: 'Open', classes: 'govuk-tag--blue' },
    rows: [
      { key: 'Provider', value: p.providerId },
      { key: 'Tier', value: TIER_TEXT[p.tier] ?? `Tier ${p.tier}` },
      { key: 'Started', value: longDate(p.startDate) },
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
