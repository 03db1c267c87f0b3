import { partsOf } from '../forms/date-input';
import { fieldError } from '../forms/form-result';
import { shortDate } from '../words/dates';
import { COMMON_SPECIALISMS } from './la-provider.form';

export type SchoolItem = Readonly<{ urn: string; name: string; ownCalendar: string | null }>;
export type ProviderItem = Readonly<{
  providerId: string;
  name: string;
  registration: string;
  approvedOn: string | null;
  currentPupils: number;
}>;
export type ImportReport = Readonly<{
  added: number;
  unchanged: number;
  skipped: ReadonlyArray<{ line: number; urn?: string; name?: string; detail: string }>;
}>;

const REGISTRATION: Readonly<Record<string, string>> = {
  school: 'Registered school',
  ukprn: 'Registered provider (UKPRN)',
  unregistered: 'Unregistered',
};
export const CHECKS: ReadonlyArray<readonly [string, string]> = [
  ['safeguarding', 'Safeguarding'],
  ['healthAndSafety', 'Health and safety'],
  ['teachingAndLearning', 'Teaching and learning'],
];

/**
 * Each school's calendar as day 6 is counted on it: its own, the LA's standard one, or, when the LA has published
 * none, England's default term dates. A school can copy the LA's standard calendar only once there is one.
 */
export function presentSchools(schools: readonly SchoolItem[], laCalendarPublished: boolean) {
  const standard = laCalendarPublished
    ? "The LA's standard calendar"
    : "England's default term dates (the LA has not published a standard calendar)";
  return schools.map((s) => ({
    urn: s.urn,
    name: s.name,
    calendar: s.ownCalendar ? `Own calendar: ${s.ownCalendar}` : standard,
    hasOwn: Boolean(s.ownCalendar),
    canCopy: !s.ownCalendar && laCalendarPublished,
  }));
}

/** The API refused a school's copy of the LA's standard calendar because the LA has not published one. */
export const LA_CALENDAR_MISSING = fieldError(
  'schools',
  "Publish the LA's standard calendar first: a school's own calendar starts as a copy of it",
  '#schools',
);

export function presentProviders(providers: readonly ProviderItem[]) {
  return providers.map((p) => ({
    href: `/la/directory/providers/${encodeURIComponent(p.providerId)}`,
    name: p.name,
    registration: REGISTRATION[p.registration] ?? p.registration,
    approval: p.approvedOn
      ? { text: `Approved ${shortDate(p.approvedOn)}`, classes: 'govuk-tag--green' }
      : { text: 'Not approved', classes: 'govuk-tag--grey' },
    pupils: String(p.currentPupils),
  }));
}

/** The import's result in words: how many added, how many already there, and each skipped row with why. */
export function presentImport(report: ImportReport) {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    title: `${plural(report.added, 'school', 'schools')} added`,
    text: `${plural(report.unchanged, 'school was', 'schools were')} already in the directory; ${plural(report.skipped.length, 'row was', 'rows were')} skipped.`,
    skipped: report.skipped.map((s) => [
      { text: String(s.line), format: 'numeric' },
      { text: s.urn ?? '' },
      { text: s.name ?? '' },
      { text: s.detail },
    ]),
  };
}

type Profile = Readonly<{
  providerId: string;
  name: string;
  registration?: { kind: string };
  approval: { approvedOn: string } | null;
  checks: Readonly<Record<string, { checkedOn: string; outcome: string; checkedBy: string; note?: string | null }>>;
  offer: {
    keyStages: string[];
    specialisms: string[];
    hours: string;
    hoursPerWeek: number;
    location: { address: string; postcode: string };
    contact: { name: string; email?: string; phone?: string };
  } | null;
  places: { commissioned: number | null; from?: string | null; currentPupils: number; available: number | null };
  version?: number;
}>;

const pupils = (n: number) => `${n} current ${n === 1 ? 'pupil' : 'pupils'}`;

/** A provider's page: approval and its checks (who, when, outcome), what it offers, and its places. */
export function presentProvider(p: Profile) {
  const passed = CHECKS.every(([key]) => p.checks[key]?.outcome === 'passed');
  return {
    providerId: p.providerId,
    name: p.name,
    version: p.version,
    approval: p.approval ? `Approved on ${shortDate(p.approval.approvedOn)}` : 'Not approved',
    approved: Boolean(p.approval),
    canApprove: passed && !p.approval,
    checks: CHECKS.map(([key, label]) => {
      const c = p.checks[key];
      return [
        { text: label },
        { text: c ? shortDate(c.checkedOn) : 'Not done' },
        { text: c ? (c.outcome === 'passed' ? 'Passed' : 'Failed') : '' },
        { text: c ? c.checkedBy : '' },
      ];
    }),
    summary: [
      { key: { text: 'Registration' }, value: { text: REGISTRATION[p.registration?.kind ?? ''] ?? 'Not known' } },
      { key: { text: 'Key stages' }, value: { text: p.offer?.keyStages.join(', ') || 'Not given' } },
      { key: { text: 'Specialisms' }, value: { text: p.offer?.specialisms.join(', ') || 'Not given' } },
      {
        key: { text: 'Hours' },
        value: { text: p.offer ? `${p.offer.hours} (${p.offer.hoursPerWeek} hours a week)` : 'Not given' },
      },
      {
        key: { text: 'Location' },
        value: { text: p.offer ? `${p.offer.location.address}, ${p.offer.location.postcode}` : 'Not given' },
      },
      {
        key: { text: 'Contact' },
        value: {
          text: p.offer
            ? [p.offer.contact.name, p.offer.contact.email, p.offer.contact.phone].filter(Boolean).join(', ')
            : 'Not given',
        },
      },
      {
        key: { text: 'Places' },
        value: {
          text:
            p.places.commissioned === null
              ? `No places commissioned; ${pupils(p.places.currentPupils)}`
              : `${p.places.commissioned} commissioned${p.places.from ? ` from ${shortDate(p.places.from)}` : ''}, ${pupils(p.places.currentPupils)}, ${p.places.available} available`,
        },
      },
    ],
  };
}

/** The offer and places forms filled with what the directory holds (or what the officer typed, after errors). */
export function providerFormValues(p: Pick<Profile, 'offer' | 'places'> & { places: { from?: string | null } }) {
  const common = new Set<string>(COMMON_SPECIALISMS);
  const from = partsOf(p.places.from ?? null);
  return {
    keyStages: p.offer?.keyStages ?? [],
    specialisms: p.offer?.specialisms.filter((s) => common.has(s)) ?? [],
    otherSpecialisms: p.offer?.specialisms.filter((s) => !common.has(s)).join(', ') ?? '',
    hoursPerWeek: p.offer ? String(p.offer.hoursPerWeek) : '',
    hours: p.offer?.hours ?? '',
    address: p.offer?.location.address ?? '',
    postcode: p.offer?.location.postcode ?? '',
    contactName: p.offer?.contact.name ?? '',
    contactEmail: p.offer?.contact.email ?? '',
    contactPhone: p.offer?.contact.phone ?? '',
    places: p.places.commissioned === null ? '' : String(p.places.commissioned),
    'placesFrom-day': from.day,
    'placesFrom-month': from.month,
    'placesFrom-year': from.year,
  };
}
