import { Controller, Get, HttpStatus, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { isIsoDate, type Actor, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';
import { parseLimit } from '../http/query-values';
import type { ApiRequest } from '../http/request-context';
import { InboxDto, PupilSearchDto, ReferralListDto } from './referral-list.response.dto';

const STATUSES = ['draft', 'submitted', 'information_requested', 'accepted', 'declined', 'withdrawn'];
const SORTS: Record<string, { column: string; direction: 'ASC' | 'DESC' }> = {
  '-updatedAt': { column: 'updated_at', direction: 'DESC' },
  updatedAt: { column: 'updated_at', direction: 'ASC' },
  '-openedAt': { column: 'opened_at', direction: 'DESC' },
  openedAt: { column: 'opened_at', direction: 'ASC' },
};
const invalid = (field: string, message: string, rule = 'isIn') =>
  new ProblemException(problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, { field, rule }));
const COLUMNS = `r.referral_id AS "referralId", r.status, r.reason, r.commissioner_id AS "commissionerId",
  CASE WHEN r.commissioner_kind = 'la' THEN 'Local authority ' || r.commissioner_la ELSE s.name END AS "commissionerName",
  r.commissioner_la AS "commissionerLa", r.provider_id AS "providerId", p.name AS "providerName", r.upn,
  r.pupil_name AS "pupilName", to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", r.year_group AS "yearGroup",
  r.open_request_id AS "openRequestId", to_char(r.respond_by, 'YYYY-MM-DD') AS "respondBy",
  to_char(r.information_due_by, 'YYYY-MM-DD') AS "informationDueBy", r.opened_at AS "openedAt",
  r.submitted_at AS "submittedAt", r.updated_at AS "updatedAt", r.version`;
/** Names, not ids: the school and provider of each row. */
const FROM = `rm_referrals r LEFT JOIN rm_schools s ON s.urn = r.commissioner_id AND r.commissioner_kind = 'school'
  LEFT JOIN rm_providers p ON p.provider_id = r.provider_id`;

type Cursor = [string, string];
// A PostgreSQL timestamptz as text, e.g. 2026-11-23 13:40:12.123456+00: anything else would fail the cast (a 500).
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
/** The shape and a real date and time (issue 18: a forged cursor dated 30 February answered 500). */
function realInstant(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match || !isIsoDate(text.slice(0, 10))) return false;
  const [hour, minute, second] = text.slice(11, 19).split(':').map(Number);
  return hour < 24 && minute < 60 && second < 60 && Number(text.slice(0, 4)) >= 1900;
}
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    const valid =
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'string') &&
      realInstant(String(value[0]));
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
      return { sql: `r.commissioner_kind = 'school' AND r.commissioner_id = $1`, param: actor.organisationId };
    case 'provider':
      return { sql: 'r.provider_id = $1', param: actor.organisationId };
    case 'la_officer':
    case 'la_auditor':
      return { sql: '(r.commissioner_la = $1 OR r.home_la = $1)', param: actor.organisationId };
    default:
      return { sql: 'false', param: actor.organisationId };
  }
}

/** Lists read the read models the worker keeps: a change shows here once the worker has applied it (usually milliseconds). */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller()
export class ListsController {
  constructor(
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('referrals')
  // Issue 18: an admin (no organisation's referrals) answered 500; the roles that have referrals list them.
  @Roles('school', 'provider', 'la_officer', 'la_auditor')
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
  @ApiOkResponse({ type: ReferralListDto })
  @ApiProblems(400, 401, 403)
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
    const size = parseLimit(limit, 'limit', 50, 200);
    const after = decode(cursor);
    const scope = scopeSql(request.actor);
    // Keyset pagination on (sort column, id): stable while rows change, and an index range scan per page.
    const { rows } = await this.db.pool.query<Record<string, unknown> & { referralId: string }>(
      `SELECT ${COLUMNS}, r.${order.column}::text AS sort_key FROM ${FROM}
        WHERE ${scope.sql} AND ($2::text IS NULL OR r.status = $2)
          AND ($3::text IS NULL OR (r.${order.column}, r.referral_id) ${order.direction === 'DESC' ? '<' : '>'} ($3::timestamptz, $4::text))
        ORDER BY r.${order.column} ${order.direction}, r.referral_id ${order.direction} LIMIT $5`,
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
  @ApiOperation({
    summary: "A provider's inbox: referrals awaiting its decision, the earliest respond-by date first",
  })
  @ApiOkResponse({ type: InboxDto })
  @ApiProblems(401, 403)
  async inbox(@Req() request: ApiRequest) {
    const { rows } = await this.db.pool.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.provider_id = $1 AND r.status IN ('submitted', 'information_requested')
        ORDER BY r.respond_by NULLS LAST, r.submitted_at, r.referral_id LIMIT 500`,
      [request.actor.organisationId],
    );
    return { items: rows, today: this.clock.now().slice(0, 10) };
  }

  @Get('pupils')
  @ApiOperation({
    summary:
      'Find a pupil by name or UPN among the referrals the caller may see; tolerant of typos (trigram similarity), best match first',
  })
  @ApiQuery({ name: 'search', required: true, description: 'A name (or part of one) or a UPN' })
  @ApiOkResponse({ type: PupilSearchDto })
  @ApiProblems(400, 401)
  async search(@Req() request: ApiRequest, @Query('search') search?: string) {
    const query = (search ?? '').trim().toLowerCase();
    if (query.length < 2 || query.length > 100) throw invalid('search', 'search must be 2 to 100 characters', 'length');
    const scope = scopeSql(request.actor);
    // One row per pupil (their latest referral the caller may see), ranked by how closely the name matches.
    const { rows } = await this.db.pool.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (coalesce(r.upn, r.referral_id)) r.upn, r.pupil_name AS "pupilName",
                to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", r.year_group AS "yearGroup",
                r.referral_id AS "referralId", r.status,
                CASE WHEN r.commissioner_kind = 'la' THEN 'Local authority ' || r.commissioner_la ELSE s.name END AS "commissionerName",
                CASE WHEN lower(r.upn) = $2 THEN 2 ELSE word_similarity($2, lower(r.pupil_name)) END AS score
           FROM ${FROM}
          WHERE ${scope.sql} AND r.pupil_name IS NOT NULL
            AND (lower(r.upn) = $2 OR $2 <% lower(r.pupil_name) OR lower(r.pupil_name) % $2)
          ORDER BY coalesce(r.upn, r.referral_id), r.opened_at DESC) found
        ORDER BY score DESC, "pupilName" LIMIT 20`,
      [scope.param, query],
    );
    return { items: rows.map(({ score: _score, ...row }: Record<string, unknown>) => row) };
  }
}
