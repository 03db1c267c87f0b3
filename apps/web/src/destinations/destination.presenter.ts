import { longDate } from '../words/dates';

/** Where a tier-3 pupil moves on to (the API's destination kinds). */
export const DESTINATION_TEXT = {
  home_school: 'Back to the home school',
  mainstream_school: 'Another mainstream school',
  specialist: 'A special school or specialist setting',
  other_ap: 'Another alternative provision',
  post16: 'Post-16 education, employment or training',
} as const;

/** Post-16 destinations (NCCIS-style groups, REFERENCE §2.6). */
export const POST16_TEXT = {
  education: 'Full-time education (sixth form, college or university)',
  apprenticeship: 'Apprenticeship or supported training',
  employment_with_training: 'Employment with training',
  employment_without_training: 'Employment without training',
  re_engagement: 'Re-engagement provision',
  neet_available: 'Not in education, employment or training (NEET), available',
  neet_not_available: 'Not in education, employment or training (NEET), not available',
  not_known: 'Not known',
  moved_away: 'Moved away',
} as const;

type Destination = Readonly<{ kind: string; organisationId?: string; post16?: string }>;
export type TransitionRecord = Readonly<{
  status: 'none' | 'planned' | 'confirmed';
  destination?: Destination;
  plannedDate?: string;
  meetingHeldOn?: string;
  startsOn?: string;
  checks?: ReadonlyArray<Readonly<{ checkedOn: string; sustained: boolean; note?: string }>>;
  post16?: Readonly<{ destination: string; recordedOn: string }>;
}>;
export type PlacementForDestination = Readonly<{
  placementId: string;
  upn: string;
  tier: number;
  transition: TransitionRecord;
}>;

const words = (map: Readonly<Record<string, string>>, code: string | undefined) => (code ? (map[code] ?? code) : '');
const isNeet = (code: string | undefined) => code?.startsWith('neet') === true;

export function destinationText(d: Destination): string {
  const where = words(DESTINATION_TEXT, d.kind);
  if (d.kind === 'post16' && d.post16) return `${where}: ${words(POST16_TEXT, d.post16)}`;
  return d.organisationId ? `${where} (${d.organisationId})` : where;
}

/** The destination as a page shows it, and which step each role can take next. */
export function presentDestination(p: PlacementForDestination, role: string, pupil: string) {
  const t = p.transition;
  const provider = role === 'provider';
  const participant = role !== 'la_auditor';
  const confirmed = t.status === 'confirmed';
  const status =
    t.status === 'none'
      ? { text: 'Not planned', classes: 'govuk-tag--grey' }
      : !confirmed
        ? { text: 'Planned', classes: 'govuk-tag--blue' }
        : isNeet(t.post16?.destination)
          ? { text: 'NEET', classes: 'govuk-tag--red' }
          : t.checks?.length
            ? t.checks.at(-1)!.sustained
              ? { text: 'Sustained', classes: 'govuk-tag--green' }
              : { text: 'Not sustained', classes: 'govuk-tag--red' }
            : { text: 'Moved on', classes: 'govuk-tag--blue' };
  const rows = [
    ...(t.destination ? [{ key: 'Destination', value: destinationText(t.destination) }] : []),
    ...(t.plannedDate ? [{ key: 'Planned date', value: longDate(t.plannedDate) }] : []),
    ...(t.meetingHeldOn ? [{ key: 'Transition meeting', value: longDate(t.meetingHeldOn) }] : []),
    ...(t.startsOn ? [{ key: 'Started there', value: longDate(t.startsOn) }] : []),
    ...(t.post16
      ? [
          {
            key: 'Post-16 destination now',
            value: `${words(POST16_TEXT, t.post16.destination)}, found out ${longDate(t.post16.recordedOn)}`,
          },
        ]
      : []),
  ];
  return {
    id: p.placementId,
    heading: `Destination for ${pupil}`,
    status,
    rows,
    checks: (t.checks ?? []).map((c) => ({
      on: longDate(c.checkedOn),
      result: c.sustained ? 'Still there' : 'No longer there',
      note: c.note ?? '',
    })),
    canPlan: provider && t.status !== 'confirmed',
    canRecordMeeting: provider && t.status === 'planned' && !t.meetingHeldOn,
    canConfirm: participant && t.status === 'planned' && Boolean(t.meetingHeldOn),
    canFollowUp: participant && confirmed,
    canRecordPost16: participant && confirmed && t.destination?.kind === 'post16',
  };
}

const options = (map: Readonly<Record<string, string>>, selected: unknown) =>
  Object.entries(map).map(([value, text]) => ({ value, text, checked: selected === value }));
export const kindItems = (selected: unknown) => options(DESTINATION_TEXT, selected);
export const post16Items = (selected: unknown) => options(POST16_TEXT, selected);
export const post16Options = (selected: unknown) => [
  { value: '', text: 'Select a destination' },
  ...Object.entries(POST16_TEXT).map(([value, text]) => ({ value, text, selected: selected === value })),
];
