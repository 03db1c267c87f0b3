import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { schemaVersionOf, type Clock, type Event } from '@ap/domain';
import { handleCommand, type EventStore, type MultiStreamReader } from '@ap/event-store';
import { EVENT_STORE } from '@ap/database';
import { inSpan } from '@ap/telemetry';
import { AGGREGATES, deciderOf, type AggregateName, type CommandOf, type StateOf } from './aggregates';
import type { CommandContext } from './command-context';
import { deterministicIds, randomIds } from './ids';

export const CLOCK = Symbol('CLOCK');

export type ExecutionResult<S = unknown> = Readonly<{ version: number; events: readonly Event[]; state: S }>;

/** Run one command on one aggregate: load, decide, append with the version that was folded. */
export class ExecuteCommand<A extends AggregateName = AggregateName> extends Command<ExecutionResult<StateOf<A>>> {
  constructor(
    readonly aggregate: A,
    readonly id: string,
    readonly type: CommandOf<A>['type'],
    readonly data: CommandOf<A>['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@Injectable()
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ExecuteCommand): Promise<ExecutionResult<StateOf<AggregateName>>> {
    const attributes = {
      'ap.command': command.type,
      'ap.aggregate': command.aggregate,
      'ap.request_id': command.context.correlationId,
    };
    return inSpan(`command ${command.type}`, { attributes }, () => this.decideAndAppend(command));
  }

  private async decideAndAppend(command: ExecuteCommand): Promise<ExecutionResult<StateOf<AggregateName>>> {
    const { actor, correlationId, causationId, idSeed, expectedVersion } = command.context;
    const streamId = AGGREGATES[command.aggregate].streamId(command.id);
    const ids = idSeed ? deterministicIds(`${idSeed}:${streamId}:${command.type}`) : randomIds;
    const domainCommand = { type: command.type, data: command.data, metadata: { now: this.clock.now(), actor } };
    const result = await handleCommand(this.store, streamId, deciderOf(command.aggregate), domainCommand, {
      metadata: { correlationId, causationId: causationId ?? correlationId, actor },
      newId: () => ids.newId(),
      expectedVersion,
      schemaVersionOf,
    });
    return { version: result.nextVersion, events: result.events, state: result.state as StateOf<AggregateName> };
  }
}

/** Folds an aggregate's stream, optionally as it was at an instant (the auditor's view). */
@Injectable()
export class AggregateReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<A extends AggregateName>(
    aggregate: A,
    id: string,
    asOfInstant?: string,
  ): Promise<{ state: StateOf<A>; version: number }> {
    const { version, events } = await this.store.readStream(
      AGGREGATES[aggregate].streamId(id),
      asOfInstant ? { asOfInstant } : {},
    );
    const decider = deciderOf(aggregate);
    const state = events
      .map((e) => ({ type: e.type, data: e.data, schemaVersion: e.schemaVersion }))
      .reduce(decider.evolve, decider.initialState());
    return { state: state as StateOf<A>, version };
  }

  /** Several aggregates of one kind, read in one round trip where the store can (a list naming many records). */
  async loadMany<A extends AggregateName>(
    aggregate: A,
    ids: readonly string[],
  ): Promise<Map<string, { state: StateOf<A>; version: number }>> {
    const streamIds = ids.map((id) => AGGREGATES[aggregate].streamId(id));
    const store = this.store as EventStore & Partial<MultiStreamReader>;
    const streams = store.readStreams
      ? await store.readStreams(streamIds)
      : new Map(await Promise.all(streamIds.map(async (s) => [s, await this.store.readStream(s)] as const)));
    const decider = deciderOf(aggregate);
    return new Map(
      ids.map((id, i) => {
        const { version, events } = streams.get(streamIds[i]!)!;
        const state = events
          .map((e) => ({ type: e.type, data: e.data, schemaVersion: e.schemaVersion }))
          .reduce(decider.evolve, decider.initialState());
        return [id, { state: state as StateOf<A>, version }];
      }),
    );
  }
}
