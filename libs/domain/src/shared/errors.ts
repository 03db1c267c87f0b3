/**
 * A broken business rule. `code` is stable and public (it reaches API clients as the problem type);
 * `kind` tells the edge how to answer: `conflict` (409, the state does not allow it now) or
 * `unprocessable` (422, the request itself breaks a rule).
 */
export type DomainErrorKind = 'conflict' | 'unprocessable' | 'not_found';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'unprocessable',
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command is not allowed in the aggregate's current status (e.g. accepting a withdrawn referral). */
export class IllegalStateError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, 'conflict', details);
  }
}

/** The command's content breaks a rule (e.g. a part-time timetable without an end date). */
export class RuleViolationError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, 'unprocessable', details);
  }
}
