import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HttpStatus } from '@nestjs/common';
import type { Actor } from '@ap/domain';
import { randomIds, uuidFromName, type CommandContext } from '@ap/application';
import { problem, ProblemException } from './problem';

export type ApiRequest = Request & { actor: Actor; correlationId: string };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** X-Request-Id in (or a new one), echoed back and recorded on every event of the request as its correlation id. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.header('x-request-id');
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  (request as ApiRequest).correlationId = id;
  response.setHeader('X-Request-Id', id);
  next();
}

/** The expected version from If-Match ("3" or W/"3"); absent means "the version I am about to read". */
export function ifMatchVersion(request: Request): number | undefined {
  const header = request.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match)
    throw new ProblemException(
      problem(HttpStatus.BAD_REQUEST, 'IF_MATCH_INVALID', 'If-Match must be an ETag this API returned, such as "3"', {
        field: 'If-Match',
      }),
    );
  return Number(match[1]);
}

export const etag = (version: number): string => `"${version}"`;

/** Sets the new stream version as the ETag and answers it: what every write returns. */
export function answerVersion(response: Response, result: { version: number }): { version: number } {
  response.setHeader('ETag', etag(result.version));
  return { version: result.version };
}

/**
 * The id of something a request creates (a referral, a review…): derived from the caller and its Idempotency-Key
 * when there is one, so a retry names the same thing; random otherwise.
 */
export function newIdFor(request: ApiRequest, kind: string): string {
  const key = request.header('idempotency-key');
  return key ? uuidFromName(`${request.actor.id}:${key}:${kind}`) : randomIds.newId();
}

export function commandContext(request: ApiRequest, withIfMatch = true): CommandContext {
  const key = request.header('idempotency-key');
  return {
    actor: request.actor,
    correlationId: request.correlationId,
    idSeed: key ? `${request.actor.id}:${key}` : undefined,
    expectedVersion: withIfMatch ? ifMatchVersion(request) : undefined,
  };
}
