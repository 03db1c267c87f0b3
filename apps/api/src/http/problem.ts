import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@ap/domain';
import { ConcurrencyError } from '@ap/event-store';
import { databaseFault, type DatabaseFault } from '@ap/database';

/** RFC 9457 problem details, with a stable `code` and, where one field is at fault, the field and the rule. */
export type Problem = Readonly<{
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}>;

export const PROBLEM_TYPE_BASE = 'https://ap-pathway.example/problems/';
const DOMAIN_STATUS = {
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
} as const;

export const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}): Problem => ({
  // Extensions first: a domain detail named like a standard member (e.g. `status`) never replaces it.
  ...extra,
  type: `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
  title,
  status,
  code,
});

/** Thrown by the edge with a ready problem (validation, idempotency, If-Match). */
export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super(problem, problem.status);
  }
}

export function toProblem(error: unknown, ifMatchSent: boolean): Problem {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof DomainError)
    return problem(DOMAIN_STATUS[error.kind], error.code, error.message, { detail: error.message, ...error.details });
  if (error instanceof ConcurrencyError) {
    // With If-Match the client stated the version it saw: a mismatch is a failed precondition (412).
    return ifMatchSent
      ? problem(HttpStatus.PRECONDITION_FAILED, 'VERSION_MISMATCH', 'The record has changed since you read it', {
          expected: error.expected,
          actual: error.actual,
        })
      : problem(
          HttpStatus.CONFLICT,
          'CONCURRENCY_CONFLICT',
          'Someone else changed the record at the same time: try again',
        );
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const fault = databaseFault(error);
  if (fault) return unavailable(fault);
  return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'Something went wrong on our side');
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  const message =
    typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  return problem(status, HTTP_CODES[status] ?? `HTTP_${status}`, detail, { detail });
}

/** Seconds a client should wait before retrying while the database is unavailable (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

const FAULT_TITLES: Record<DatabaseFault, string> = {
  unreachable: 'The service cannot reach its database: try again shortly',
  timeout: 'The database did not answer in time: try again shortly',
  too_many_connections: 'The service is at its connection limit: try again shortly',
  disk_full: 'The database has no space left to record changes: try again later',
  shutting_down: 'The database is restarting: try again shortly',
};

/** Issue 18: a database away, paused, full or out of connections is a 503 the client may retry, not a 500. */
const unavailable = (fault: DatabaseFault): Problem =>
  problem(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', FAULT_TITLES[fault], {
    reason: fault,
    retryAfter: RETRY_AFTER_SECONDS,
  });
