import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AccessLog,
  AggregateReader,
  canSee,
  CLOCK,
  ExecuteCommand,
  type CommandOf,
  type RecordScope,
} from '@ap/application';
import { EVENT_STORE } from '@ap/database';
import type { EventStore } from '@ap/event-store';
import { outreachStreamId, type Clock, type OutreachEvent, type OutreachState } from '@ap/domain';
import { forbidden, notFound } from '../http/not-found';
import { commandContext, type ApiRequest } from '../http/request-context';

export type Outreach = Exclude<OutreachState, { status: 'none' }>;

/** Outreach is scoped like a referral: the requesting school, the provider asked, and the school's LA. */
export const outreachScope = (state: Outreach): RecordScope => ({
  commissionerId: state.schoolUrn,
  commissionerLa: state.laCode,
  providerIds: [state.providerId],
});

@Injectable()
export class OutreachService {
  constructor(
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** What the request said, its sessions and its closing summary, from the log. */
  async events(id: string) {
    const { events } = await this.store.readStream(outreachStreamId(id));
    const data = <T extends OutreachEvent['type']>(type: T) =>
      events.filter((e) => e.type === type).map((e) => e.data as Extract<OutreachEvent, { type: T }>['data']);
    return {
      request: data('OutreachRequested')[0],
      sessions: data('OutreachSessionRecorded'),
      closing: data('OutreachClosed')[0] ?? null,
      declined: data('OutreachDeclined')[0] ?? null,
    };
  }

  async visible(request: ApiRequest, id: string): Promise<{ state: Outreach; version: number }> {
    const { state, version } = await this.reader.load('outreach', id);
    if (state.status === 'none' || !canSee(request.actor, outreachScope(state))) throw notFound('outreach');
    return { state, version };
  }

  async read(request: ApiRequest, id: string) {
    const found = await this.visible(request, id);
    await this.accessLog.recordRead(
      request.actor,
      found.state.upn,
      `outreach ${id}`,
      request.correlationId,
      this.clock.now(),
    );
    return found;
  }

  async asProvider(request: ApiRequest, id: string): Promise<Outreach> {
    const { state } = await this.visible(request, id);
    if (state.providerId !== request.actor.organisationId)
      throw forbidden('NOT_THE_PROVIDER', 'Only the provider asked can do this');
    return state;
  }

  execute(
    request: ApiRequest,
    id: string,
    type: CommandOf<'outreach'>['type'],
    data: CommandOf<'outreach'>['data'],
    withIfMatch = true,
  ) {
    return this.commands.execute(new ExecuteCommand('outreach', id, type, data, commandContext(request, withIfMatch)));
  }
}
