import type { PoolClient } from 'pg';
import { AGGREGATES, deciderOf, type AggregateName, type StateOf } from '@ap/application';
import {
  day6Process,
  destinationFollowUpProcess,
  outreachResponseProcess,
  ENGLAND_STANDARD_CALENDAR,
  placementTimelinesProcess,
  referralTimelinesProcess,
  reintegrationProcess,
  resolveCalendar,
  resolveTimelines,
  type Day6Duty,
  type SchoolCalendar,
  type TimelineSettings,
} from '@ap/domain';
import { Day6Router } from './day6-routes';
import type { PostgresEventStore, RecordedEvent } from '@ap/event-store';
import type { AnyProcess } from './process-step';

export type Route = Readonly<{
  processId: string;
  calendar: SchoolCalendar;
  settings?: TimelineSettings;
  dutyDay6?: string;
  duties?: readonly Day6Duty[];
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

  const day6 = new Day6Router(reader);

  /** The earliest day 6 still to come of the pupil's duties, on the excluding school's calendar. */
  const openDutyDay6 = async (tx: PoolClient, upn: string | undefined, on: string): Promise<{ dutyDay6?: string }> => {
    if (!upn) return {};
    const due = (await day6.dutiesOf(tx, upn))
      .map((d) => d.day6)
      .filter((d) => d >= on)
      .sort();
    return due.length > 0 ? { dutyDay6: due[0]! } : {};
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
      categories: ['exclusions', 'referral', 'placement', 'school', 'lacalendar'],
      route: (event, tx) => day6.route(event, tx),
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
            ...(event.type === 'ReferralSubmitted'
              ? await openDutyDay6(tx, referral.upn, event.recordedAt.slice(0, 10))
              : {}),
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
    {
      process: outreachResponseProcess,
      categories: ['outreach'],
      route: async (event, tx) => {
        if (!['OutreachRequested', 'OutreachAccepted', 'OutreachDeclined'].includes(event.type)) return [];
        const outreach = await reader.load(tx, 'outreach', idOf(event));
        if (outreach.status === 'none') return [];
        // The requesting school's calendar and its LA's provider-response deadline.
        return [
          {
            processId: idOf(event),
            calendar: await reader.calendar(tx, outreach.schoolUrn, outreach.laCode),
            settings: await reader.timelines(tx, outreach.laCode),
          },
        ];
      },
    },
  ];
}
