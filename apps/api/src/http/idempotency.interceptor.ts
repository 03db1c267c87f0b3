import { createHash } from 'node:crypto';
import {
  HttpStatus,
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DATABASE, InstancePresence, type DatabaseConnection } from '@ap/database';
import { problem, ProblemException, toProblem, type Problem } from './problem';
import type { ApiRequest } from './request-context';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const REPLAYED_HEADERS = ['etag', 'location'];
/** Writes; a PUT retried with its key replays the first answer exactly as a POST does (issue 18). */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Stored = {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
};

/**
 * Idempotency-Key on a write (POST, PUT): the first request's response is kept in PostgreSQL and returned for any retry with
 * the same key and body; the same key with another body is refused. Requests also derive their new ids from the key
 * (see commandContext), so a retry after a crash between the append and this record writes nothing new.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit, OnApplicationShutdown {
  /** Who claims keys: a retry takes a key over at once when the process that claimed it is gone. */
  private readonly presence: InstancePresence;
  /** Keys this process is working on now; any other unfinished key it owns was left by a failure to record one. */
  private readonly inFlight = new Set<string>();

  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {
    this.presence = new InstancePresence(db.url);
  }

  async onModuleInit(): Promise<void> {
    await this.presence.open();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.presence.close();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const key = request.header('idempotency-key');
    if (!WRITES.has(request.method) || key === undefined || !request.actor) return next.handle();
    if (!KEY.test(key))
      throw new ProblemException(
        problem(
          HttpStatus.BAD_REQUEST,
          'IDEMPOTENCY_KEY_INVALID',
          'Idempotency-Key must be 8–128 letters, digits, ".", "_", ":" or "-"',
          { field: 'Idempotency-Key' },
        ),
      );
    const response = context.switchToHttp().getResponse<Response>();
    const status =
      (Reflect.getMetadata('__httpCode__', context.getHandler()) as number | undefined) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return from(this.run(request, response, key, status, next));
  }

  private async run(
    request: ApiRequest,
    response: Response,
    key: string,
    status: number,
    next: CallHandler,
  ): Promise<unknown> {
    const hash = createHash('sha256')
      .update(
        `${request.method} ${request.originalUrl}\n${request.header('if-match') ?? ''}\n${JSON.stringify(request.body ?? null)}`,
      )
      .digest('hex');
    // Keys belong to a user acting for an organisation: the same person acting for another organisation starts afresh.
    const owner = `${request.actor.id}@${request.actor.organisationId}`;
    // Claim the key, or take over one left unfinished: by a process that has died (its presence connection is gone:
    // at once), by this process when it could not record the outcome (the database went away mid-request), or by a
    // request that has run for more than two minutes.
    const mine = `${owner}\n${key}`;
    const staleHere = !this.inFlight.has(mine);
    if (staleHere) this.inFlight.add(mine);
    try {
      return await this.claimAndRun(request, response, { owner, key, hash, status, staleHere }, next);
    } finally {
      if (staleHere) this.inFlight.delete(mine);
    }
  }

  private async claimAndRun(
    request: ApiRequest,
    response: Response,
    claim: { owner: string; key: string; hash: string; status: number; staleHere: boolean },
    next: CallHandler,
  ): Promise<unknown> {
    const { owner, key, hash, status } = claim;
    const claimed = await this.db.pool.query(
      `INSERT INTO idempotency_keys (actor_id, idempotency_key, request_hash, owner) VALUES ($1, $2, $3, $4)
       ON CONFLICT (actor_id, idempotency_key) DO UPDATE SET created_at = now(), owner = EXCLUDED.owner
        WHERE idempotency_keys.status_code IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
          AND (idempotency_keys.created_at < now() - interval '2 minutes'
            OR (idempotency_keys.owner = $4 AND $5)
            OR (idempotency_keys.owner IS NOT NULL AND NOT ${InstancePresence.isPresent('idempotency_keys.owner')}))`,
      [owner, key, hash, this.presence.id, claim.staleHere],
    );
    if (claimed.rowCount === 0) return this.replay(owner, key, hash, response);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.map((h) => [h, response.getHeader(h)]).filter(([, v]) => v !== undefined),
      );
      await this.complete(owner, key, status, body, headers);
      return body;
    } catch (error) {
      const answer = toProblem(error, request.header('if-match') !== undefined);
      // A refusal is an answer and is kept; a server failure or a passing clash ("try again") is not, so the
      // client's retry runs again.
      const passing = answer.status >= 500 || answer.code === 'CONCURRENCY_CONFLICT';
      // Recording the outcome may fail too (the database went away): the caller still gets the first error, and a
      // key left unfinished is taken over by the retry once its owner is gone.
      const record = passing
        ? this.db.pool.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND idempotency_key = $2', [owner, key])
        : this.complete(owner, key, answer.status, answer, {});
      await record.catch(() => undefined);
      throw error;
    }
  }

  private async complete(
    actorId: string,
    key: string,
    status: number,
    body: unknown,
    headers: Record<string, unknown>,
  ): Promise<void> {
    await this.db.pool.query(
      `UPDATE idempotency_keys SET status_code = $3, response_body = $4, response_headers = $5, completed_at = now()
        WHERE actor_id = $1 AND idempotency_key = $2`,
      [actorId, key, status, JSON.stringify(body ?? null), JSON.stringify(headers)],
    );
  }

  private async replay(actorId: string, key: string, hash: string, response: Response): Promise<unknown> {
    const { rows } = await this.db.pool.query<Stored>(
      'SELECT request_hash, status_code, response_body, response_headers FROM idempotency_keys WHERE actor_id = $1 AND idempotency_key = $2',
      [actorId, key],
    );
    const stored = rows[0];
    if (!stored)
      throw new ProblemException(
        problem(
          HttpStatus.CONFLICT,
          'IDEMPOTENCY_KEY_IN_USE',
          'A request with this Idempotency-Key is in progress: retry shortly',
        ),
      );
    if (stored.request_hash !== hash) {
      throw new ProblemException(
        problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request',
          { field: 'Idempotency-Key' },
        ),
      );
    }
    if (stored.status_code === null)
      throw new ProblemException(
        problem(
          HttpStatus.CONFLICT,
          'IDEMPOTENCY_KEY_IN_USE',
          'A request with this Idempotency-Key is in progress: retry shortly',
        ),
      );
    response.setHeader('Idempotent-Replayed', 'true');
    if (stored.status_code >= 400) throw new ProblemException(stored.response_body as Problem);
    for (const [name, value] of Object.entries(stored.response_headers ?? {})) response.setHeader(name, value);
    response.status(stored.status_code);
    return stored.response_body;
  }
}
