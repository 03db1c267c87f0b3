import type { Actor, IdGenerator } from '@ap/domain';

/** Who asks, and how the request is traced: the metadata every event of the request records. */
export type CommandContext = Readonly<{
  actor: Actor;
  correlationId: string;
  causationId?: string;
  ids: IdGenerator;
  /** The ETag the caller sent in If-Match: a stream no longer at that version answers 412. */
  expectedVersion?: number;
}>;
