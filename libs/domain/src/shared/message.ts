/** Who did something: carried on every command and recorded on every event's metadata. */
export type Role = 'school' | 'provider' | 'la_officer' | 'la_auditor' | 'admin' | 'system';

export type Actor = Readonly<{
  id: string;
  role: Role;
  /** School URN, provider id or LA code. */
  organisationId: string;
  /** The LA the organisation belongs to (its 3-digit code). */
  laCode?: string;
  name?: string;
}>;

export type Event<Type extends string = string, Data extends object = Record<string, unknown>> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

/** Supplied at the edge by the Clock port and the authenticated caller: the domain never reads the clock. */
export type CommandMetadata = Readonly<{
  /** ISO-8601 instant, e.g. 2026-03-02T08:00:00.000Z */
  now: string;
  actor: Actor;
}>;

export type Command<Type extends string = string, Data extends object = Record<string, unknown>> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: CommandMetadata;
}>;

export type EventType<E extends Event> = E['type'];
export type EventOf<E extends Event, T extends EventType<E>> = Extract<E, { type: T }>;
