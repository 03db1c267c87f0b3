import type { Actor } from '@ap/domain';

/** Who asks, and how the request is traced: the metadata every event of the request records. */
export type CommandContext = Readonly<{
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /**
   * Set when the request carries an Idempotency-Key: the new event ids of each command then derive from it, the
   * stream and the command, so a retry (even after a crash half-way through a request of several commands)
   * re-sends exactly the events the first attempt would have written.
   */
  idSeed?: string;
  /** The ETag the caller sent in If-Match: a stream no longer at that version answers 412. */
  expectedVersion?: number;
}>;
