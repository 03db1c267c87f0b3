import { Inject, Injectable } from '@nestjs/common';
import { schemaVersionOf, type Clock } from '@ap/domain';
import { inOneTransaction, PostgresEventStore, type UnitOfWork } from '@ap/event-store';
import { EVENT_STORE } from '@ap/database';
import { inSpan } from '@ap/telemetry';
import { AGGREGATES, deciderOf, type AggregateName, type CommandOf, type StateOf } from './aggregates';
import type { CommandContext } from './command-context';
import { CLOCK, type ExecutionResult } from './execute-command';
import { deterministicIds, randomIds } from './ids';

/** Commands on several aggregates whose events are committed together or not at all. */
export type CommandTransaction = Readonly<{
  execute<A extends AggregateName>(
    aggregate: A,
    id: string,
    type: CommandOf<A>['type'],
    data: CommandOf<A>['data'],
    options?: { withIfMatch?: boolean },
  ): Promise<ExecutionResult<StateOf<A>>>;
}>;

/**
 * Runs several commands as one unit of work (one PostgreSQL transaction over all their streams). Ids derive from the
 * Idempotency-Key exactly as ExecuteCommand derives them, so a retry re-sends the same events.
 */
@Injectable()
export class AtomicCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run<T>(context: CommandContext, work: (tx: CommandTransaction) => Promise<T>): Promise<T> {
    return inSpan('commands in one transaction', { attributes: { 'ap.request_id': context.correlationId } }, () =>
      inOneTransaction(this.store, (unit) => work(this.transaction(unit, context)), {
        retry: context.expectedVersion === undefined,
      }),
    );
  }

  private transaction(unit: UnitOfWork, context: CommandContext): CommandTransaction {
    const { actor, correlationId, causationId, idSeed } = context;
    const now = this.clock.now();
    return {
      execute: async (aggregate, id, type, data, options = {}) => {
        const streamId = AGGREGATES[aggregate].streamId(id);
        const ids = idSeed ? deterministicIds(`${idSeed}:${streamId}:${type}`) : randomIds;
        const decided = await unit.decide(
          streamId,
          deciderOf(aggregate),
          { type, data, metadata: { now, actor } },
          {
            metadata: { correlationId, causationId: causationId ?? correlationId, actor },
            newId: () => ids.newId(),
            expectedVersion: options.withIfMatch === false ? undefined : context.expectedVersion,
            schemaVersionOf,
          },
        );
        return { version: decided.version, events: decided.events, state: decided.state as StateOf<typeof aggregate> };
      },
    };
  }
}
