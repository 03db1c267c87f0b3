/** Time is an input: the edge reads a Clock and passes `now` on the command. */
export interface Clock {
  /** The current instant as an ISO-8601 string. */
  now(): string;
}

/** New ids are inputs too, so tests and replays are deterministic. */
export interface IdGenerator {
  newId(): string;
}
