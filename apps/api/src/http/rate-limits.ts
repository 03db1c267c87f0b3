import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Actor } from '@ap/domain';
import { problem, ProblemException } from './problem';

export const RATE_LIMITERS = Symbol('RATE_LIMITERS');

/** Per client (before sign-in) and per user (after it), each counted per minute. */
export type RateLimiters = Readonly<{ client: RateLimiterAbstract; user: RateLimiterAbstract }>;

/**
 * Counts live in PostgreSQL (table rate_limits), so a limit holds across every API process; should the database not
 * answer, each process falls back to counting in memory rather than refusing or waving everyone through.
 */
export function rateLimiters(pool: Pool, perClient: number, perUser: number): RateLimiters {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }),
    });
  return { client: limiter('client', perClient), user: limiter('user', perUser) };
}

/**
 * Each request costs one count: a signed-in user's own (after authentication), or, for a request with no token, a bad
 * token or a public route, its client address's (counted where authentication fails, before any 401 is answered).
 */
@Injectable()
export class RateLimits {
  constructor(@Inject(RATE_LIMITERS) private readonly limiters: RateLimiters) {}

  client(request: Request, response: Response): Promise<true> {
    return consume(this.limiters.client, `ip:${request.ip ?? 'unknown'}`, response);
  }

  user(actor: Actor, response: Response): Promise<true> {
    return consume(this.limiters.user, `user:${actor.id}@${actor.organisationId}`, response);
  }
}

async function consume(limiter: RateLimiterAbstract, key: string, response: Response): Promise<true> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
    throw new ProblemException(
      problem(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_REQUESTS', 'Too many requests: try again later'),
    );
  }
}
