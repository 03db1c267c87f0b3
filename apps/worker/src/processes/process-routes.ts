import type { PoolClient } from 'pg';
import { AGGREGATES, deciderOf, type AggregateName, type StateOf } from '@ap/application';
import {
  day6Process,
  destinationFollowUpProcess,
  ENGLAND_STANDARD_CALENDAR,
  placementTimelinesProcess,
  referralTimelinesProcess,
  reintegrationProcess,
  nthSchoolDay,
  resolveCalendar,
  resolveTimelines,
  type SchoolCalendar,
  type TimelineSettings,
} from '@ap/domain';
import type { PostgresEventStore, RecordedEvent } from '@ap/event-store';
import type { AnyProcess } from './process-step';

export type Route = Readonly<{
  processId: string;
  calendar: SchoolCalendar;
  settings?: TimelineSettings;
  dutyDay6?: string;
}>;

export type ProcessRoute = Readonly<{
  process: AnyProcess;
  categories: readonly string[];
  /** Which instances an event concerns, with the calendar their dates count on. */
  route: (event: RecordedEvent, tx: PoolClient) => Promise<Route[]>;
}>;

/** Loads aggregates through the subscription's transaction. */
export class TxReader {
  constructor(private readonly store: PostgresEventStore) {}

  async load<A extends AggregateName>(tx: PoolClient, aggregate: A, id: string): Promise<StateOf<A>> {
    const { events } = await this.store.readStreamInTransaction(tx, AGGREGATES[aggregate].streamId(id));
    const decider = deciderOf(aggregate);
    return events
      .map((e) => ({ type: e.type, data: e.data, schemaVersion: e.schemaVersion }))
      .reduce(decider.evolve, decider.initialState()) as StateOf<A>;
  }

  /** The LA's own deadlines over the §0 defaults. */
  async timelines(tx: PoolClient, laCode: string | undefined): Promise<TimelineSettings> {
    return resolveTimelines(laCode ? (await this.load(tx, 'lacalendar', laCode)).timelines : undefined);
  }

  /** §0: the school's own calendar, else its LA's standard calendar, else England's. */
  async calendar(tx: PoolClient, schoolUrn: string | undefined, laCode: string | undefined): Promise<SchoolCalendar> {
    const school = schoolUrn ? await this.load(tx, 'school', schoolUrn) : undefined;
    const la = laCode ? await this.load(tx, 'lacalendar', laCode) : undefined;
    return resolveCalendar(school?.calendar, la?.calendar ?? ENGLAND_STANDARD_CALENDAR);
  }
}

const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

export function processRoutes(store: PostgresEventStore): ProcessRoute[] {
  const reader = new TxReader(store);

  /** The open day-6 period of a pupil, if any, with the excluding school's calendar. */
  const day6For = async (tx: PoolClient, upn: string | undefined): Promise<Route[]> => {
    if (!upn) return [];
    const exclusions = await reader.load(tx, 'exclusions', upn);
    const period = exclusions.period;
    if (!period?.dutyArisen || period.ended) return [];
    return [
      { processId: period.periodId, calendar: await reader.calendar(tx, exclusions.schools.at(-1), exclusions.las[0]) },
    ];
  };

  /** Day 6 of the pupil's open exclusion period, on the excluding school's calendar. */
  const openDutyDay6 = async (tx: PoolClient, upn: string | undefined): Promise<{ dutyDay6?: string }> => {
    if (!upn) return {};
    const exclusions = await reader.load(tx, 'exclusions', upn);
    const period = exclusions.period;
    if (!period?.dutyArisen || period.ended) return {};
    const calendar = await reader.calendar(tx, exclusions.schools.at(-1), exclusions.las[0]);
    return { dutyDay6: nthSchoolDay(calendar, period.day1, 6) };
  };

  /** A placement's instance: the commissioner's calendar and its LA's deadlines. */
  const placementRoute = async (tx: PoolClient, placementId: string): Promise<Route> => {
    const placement = await reader.load(tx, 'placement', placementId);
    if (placement.status === 'none') return { processId: placementId, calendar: ENGLAND_STANDARD_CALENDAR };
    return {
      processId: placementId,
      calendar: await reader.calendar(tx, placement.commissionerId, placement.commissionerLa),
      settings: await reader.timelines(tx, placement.commissionerLa),
    };
  };

  return [
    {
      process: day6Process,
      categories: ['exclusions', 'referral', 'placement'],
      route: async (event, tx) => {
        if (
          [
            'Day6DutyArose',
            'Day6DutyEnded',
            'Day6ExceptionRecorded',
            'ParentNoticeGiven',
            'Day6ResponsibilityMoved',
          ].includes(event.type)
        ) {
          const exclusions = await reader.load(tx, 'exclusions', idOf(event));
          const calendar = await reader.calendar(tx, exclusions.schools.at(-1), exclusions.las[0]);
          return [{ processId: String(event.data['periodId']), calendar }];
        }
        if (event.type === 'ReferralAccepted') {
          const referral = await reader.load(tx, 'referral', idOf(event));
          return day6For(tx, referral.status === 'none' ? undefined : referral.upn);
        }
        if (event.type === 'PlacementStarted') {
          const placement = await reader.load(tx, 'placement', idOf(event));
          return day6For(tx, placement.status === 'none' ? undefined : placement.upn);
        }
        return [];
      },
    },
    {
      process: referralTimelinesProcess,
      categories: ['referral'],
      route: async (event, tx) => {
        const referral = await reader.load(tx, 'referral', idOf(event));
        if (referral.status === 'none') return [];
        const school = referral.commissioner.kind === 'school' ? referral.commissioner.organisationId : undefined;
        const la = referral.commissioner.laCode;
        const calendar = await reader.calendar(tx, school, la);
        return [
          {
            processId: idOf(event),
            calendar,
            settings: await reader.timelines(tx, la),
            ...(event.type === 'ReferralSubmitted' ? await openDutyDay6(tx, referral.upn) : {}),
          },
        ];
      },
    },
    {
      process: placementTimelinesProcess,
      categories: ['placement', 'induction'],
      route: async (event, tx) => [await placementRoute(tx, idOf(event))],
    },
    {
      process: reintegrationProcess,
      categories: ['transition'],
      route: async (event, tx) =>
        event.type === 'DestinationConfirmed' || event.type === 'TransitionFollowUpRecorded'
          ? [await placementRoute(tx, idOf(event))]
          : [],
    },
    {
      process: destinationFollowUpProcess,
      categories: ['transition'],
      route: async (event, tx) =>
        event.type === 'DestinationConfirmed' || event.type === 'TransitionFollowUpRecorded'
          ? [await placementRoute(tx, idOf(event))]
          : [],
    },
  ];
}
