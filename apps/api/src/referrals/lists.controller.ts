import { Controller, Get, HttpStatus, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@ap/application';
import { isIsoDate, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';
import { parseLimit } from '../http/query-values';
import type { ApiRequest } from '../http/request-context';
import { type ListSort, ReferralListsQuery } from './referral-lists.query';
import { InboxDto, PupilSearchDto, ReferralListDto } from './referral-list.response.dto';

const STATUSES = ['draft', 'submitted', 'information_requested', 'accepted', 'declined', 'withdrawn'];
const SORTS: Record<string, ListSort> = {
  '-updatedAt': { property: 'updatedAt', direction: 'DESC' },
  updatedAt: { property: 'updatedAt', direction: 'ASC' },
  '-openedAt': { property: 'openedAt', direction: 'DESC' },
  openedAt: { property: 'openedAt', direction: 'ASC' },
};
const invalid = (field: string, message: string, rule = 'isIn') =>
  new ProblemException(problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, { field, rule }));
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

/** Lists read the read models the worker keeps: a change shows here once the worker has applied it (usually milliseconds). */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller()
export class ListsController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly lists: ReferralListsQuery,
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
    // Keyset pagination on (sort column, id): stable while rows change, and an index range scan per page.
    const rows = await this.lists.page(request.actor, status, order, after, size);
    const last = rows[size - 1];
    return {
      items: rows.slice(0, size).map((r) => r.item),
      nextCursor: rows.length > size && last ? encode([last.sortKey, last.item.referralId]) : null,
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
    return { items: await this.lists.inbox(request.actor.organisationId), today: this.clock.now().slice(0, 10) };
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
    return { items: await this.lists.search(request.actor, query) };
  }
}
