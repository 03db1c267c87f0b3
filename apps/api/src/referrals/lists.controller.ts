import { Controller, Get, HttpStatus, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { Actor } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';
import type { ApiRequest } from '../http/request-context';

const STATUSES = ['draft', 'submitted', 'information_requested', 'accepted', 'declined', 'withdrawn'];
const SORTS: Record<string, { column: string; direction: 'ASC' | 'DESC' }> = {
  '-updatedAt': { column: 'updated_at', direction: 'DESC' },
  updatedAt: { column: 'updated_at', direction: 'ASC' },
  '-openedAt': { column: 'opened_at', direction: 'DESC' },
  openedAt: { column: 'opened_at', direction: 'ASC' },
};
const invalid = (field: string, message: string) =>
  new ProblemException(problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, { field, rule: 'isIn' }));
const COLUMNS = `referral_id AS "referralId", status, reason, commissioner_id AS "commissionerId", commissioner_la AS "commissionerLa",
  provider_id AS "providerId", open_request_id AS "openRequestId", opened_at AS "openedAt", submitted_at AS "submittedAt",
  updated_at AS "updatedAt", version`;

type Cursor = [string, string];
// A PostgreSQL timestamptz as text, e.g. 2026-11-23 13:40:12.123456+00: anything else would fail the cast (a 500).
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    const valid =
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'string') &&
      TIMESTAMP.test(String(value[0]));
    if (valid) return value as Cursor;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemException(
    problem(HttpStatus.BAD_REQUEST, 'CURSOR_INVALID', 'Use the nextCursor of the previous page', { field: 'cursor' }),
  );
}

/** Which referrals a caller's organisation may list (the same rule as reading one). */
function scopeSql(actor: Actor): { sql: string; param: string } {
  switch (actor.role) {
    case 'school':
      return { sql: `commissioner_kind = 'school' AND commissioner_id = $1`, param: actor.organisationId };
    case 'provider':
      return { sql: 'provider_id = $1', param: actor.organisationId };
    case 'la_officer':
    case 'la_auditor':
      return { sql: '(commissioner_la = $1 OR home_la = $1)', param: actor.organisationId };
    default:
      return { sql: 'false', param: actor.organisationId };
  }
}

/** Lists read the read models the worker keeps: a change shows here once the worker has applied it (usually milliseconds). */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller()
export class ListsController {
  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {}

  @Get('referrals')
  @ApiOperation({
    summary: "The caller's referrals, most recently changed first: a school's commissions, a provider's, an LA's",
  })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({
    name: 'sort',
    required: false,
    enum: Object.keys(SORTS),
    description: 'Default -updatedAt (most recently changed first)',
  })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiProblems(400, 401)
  async list(
    @Req() request: ApiRequest,
    @Query('status') status?: string,
    @Query('sort') sort = '-updatedAt',
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ) {
    if (status !== undefined && !STATUSES.includes(status))
      throw invalid('status', `status must be one of ${STATUSES.join(', ')}`);
    const order = SORTS[sort];
    if (!order) throw invalid('sort', `sort must be one of ${Object.keys(SORTS).join(', ')}`);
    const size = Math.min(Math.max(Number(limit) || 50, 1), 200);
    const after = decode(cursor);
    const scope = scopeSql(request.actor);
    // Keyset pagination on (sort column, id): stable while rows change, and an index range scan per page.
    const { rows } = await this.db.pool.query<Record<string, unknown> & { referralId: string }>(
      `SELECT ${COLUMNS}, ${order.column}::text AS sort_key FROM rm_referrals
        WHERE ${scope.sql} AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR (${order.column}, referral_id) ${order.direction === 'DESC' ? '<' : '>'} ($3::timestamptz, $4::text))
        ORDER BY ${order.column} ${order.direction}, referral_id ${order.direction} LIMIT $5`,
      [scope.param, status ?? null, after?.[0] ?? null, after?.[1] ?? null, size + 1],
    );
    const page = rows.slice(0, size).map(({ sort_key: _key, ...row }) => row);
    const last = rows[size - 1];
    return {
      items: page,
      nextCursor: rows.length > size && last ? encode([String(last['sort_key']), last.referralId]) : null,
    };
  }

  @Get('providers/me/inbox')
  @Roles('provider')
  @ApiOperation({ summary: "A provider's inbox: referrals awaiting its decision, oldest first" })
  @ApiProblems(401, 403)
  async inbox(@Req() request: ApiRequest) {
    const { rows } = await this.db.pool.query(
      `SELECT ${COLUMNS} FROM rm_referrals WHERE provider_id = $1 AND status IN ('submitted', 'information_requested')
        ORDER BY submitted_at, referral_id LIMIT 500`,
      [request.actor.organisationId],
    );
    return { items: rows };
  }
}
