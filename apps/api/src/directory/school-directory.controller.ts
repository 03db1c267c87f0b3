import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AggregateReader, ExecuteCommand } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { ConcurrencyError } from '@ap/event-store';
import { DomainError, ENGLAND_STANDARD_CALENDAR } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { problem, ProblemException } from '../http/problem';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import {
  DirectoryWriteDto,
  GiasImportReportDto,
  LaCalendarAnswerDto,
  SchoolCalendarAnswerDto,
  SchoolListDto,
} from './directory.response.dto';
import { DirectoryService } from './directory.service';
import { decodeGias, GIAS_SKIP_REASONS, GiasFileError, readGiasSchools, type GiasSchool } from './gias-import';

const invalid = (field: string, rule: string, title: string) =>
  new ProblemException(problem(400, 'VALIDATION_FAILED', title, { field, rule, errors: [{ field, rule, title }] }));

/** The LA's schools: a GIAS import, the list with each school's calendar, and copying the LA's standard calendar. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class SchoolDirectoryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: DirectoryService,
    private readonly reader: AggregateReader,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Post('las/:laCode/schools/import')
  @HttpCode(200)
  @Roles('admin', 'la_officer')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'A GIAS establishment CSV (Windows-1252 or UTF-8)' } })
  @ApiOperation({
    summary:
      "Add the LA's open schools from a Get Information About Schools establishment CSV, by URN; reports each row skipped and why",
  })
  @ApiOkResponse({ type: GiasImportReportDto })
  @ApiProblems(400, 401, 403)
  async importGias(@Req() r: ApiRequest, @Param('laCode') laCode: string) {
    requireOwnLa(r, laCode);
    if (!Buffer.isBuffer(r.body) || r.body.length === 0)
      throw invalid('body', 'isGiasCsv', 'Send the GIAS establishment CSV as the body, with Content-Type: text/csv');
    let read: ReturnType<typeof readGiasSchools>;
    try {
      read = readGiasSchools(decodeGias(r.body), laCode);
    } catch (error) {
      if (error instanceof GiasFileError) throw invalid('body', 'isGiasCsv', error.message);
      throw invalid('body', 'isCsv', `The file could not be read as CSV: ${(error as Error).message}`);
    }
    const added: string[] = [];
    const unchanged: string[] = [];
    const skipped: Array<Record<string, unknown>> = read.skipped.map((s) => ({
      ...s,
      detail: GIAS_SKIP_REASONS[s.reason],
    }));
    for (const school of read.schools) {
      const outcome = await this.register(r, school);
      if (outcome === 'added') added.push(school.urn);
      else if (outcome === 'unchanged') unchanged.push(school.urn);
      else skipped.push({ line: school.line, urn: school.urn, name: school.name, ...outcome });
    }
    skipped.sort((a, b) => Number(a['line']) - Number(b['line']));
    const laNamed = read.laName ? await this.nameLaIfUnnamed(r, laCode, read.laName) : null;
    return { laCode, added: added.length, unchanged: unchanged.length, skipped, laNamed };
  }

  @Get('las/:laCode/schools')
  @Roles('admin', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: "The LA's schools and the calendar each one follows (its own or the LA's standard one)" })
  @ApiOkResponse({ type: SchoolListDto })
  @ApiProblems(401, 403, 404)
  async schools(@Req() r: ApiRequest, @Param('laCode') laCode: string) {
    if (r.actor.role !== 'admin' && r.actor.organisationId !== laCode) throw notFound('la');
    const { rows } = await this.db.pool.query(
      `SELECT urn, name, calendar_name AS "ownCalendar" FROM rm_schools WHERE la_code = $1 ORDER BY name, urn`,
      [laCode],
    );
    return { laCode, schools: rows };
  }

  @Get('schools/:urn/calendar')
  @Roles('admin', 'la_officer', 'la_auditor', 'school')
  @ApiOperation({
    summary:
      "The calendar a school's day 6 is counted on: its own, else its LA's standard calendar, else England's (source says which)",
  })
  @ApiOkResponse({ type: SchoolCalendarAnswerDto })
  @ApiProblems(401, 403, 404)
  async schoolCalendar(@Req() r: ApiRequest, @Param('urn') urn: string) {
    const la = await this.visibleSchoolLa(r, urn);
    const [school, standard] = await Promise.all([this.reader.load('school', urn), this.reader.load('lacalendar', la)]);
    const source = school.state.calendar ? 'school' : standard.state.calendar ? 'la' : 'england';
    const calendar = school.state.calendar ?? standard.state.calendar ?? ENGLAND_STANDARD_CALENDAR;
    return { urn, laCode: la, source, calendar };
  }

  @Get('las/:laCode/calendar')
  @Roles('admin', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: "The LA's standard calendar (England's when the LA has published none)" })
  @ApiOkResponse({ type: LaCalendarAnswerDto })
  @ApiProblems(401, 403, 404)
  async laCalendar(@Req() r: ApiRequest, @Param('laCode') laCode: string) {
    if (r.actor.role !== 'admin' && r.actor.organisationId !== laCode) throw notFound('la');
    const { state } = await this.reader.load('lacalendar', laCode);
    return { laCode, source: state.calendar ? 'la' : 'england', calendar: state.calendar ?? ENGLAND_STANDARD_CALENDAR };
  }

  @Post('schools/:urn/calendar/copy-la-standard')
  @HttpCode(200)
  @Roles('admin', 'la_officer')
  @ApiOperation({ summary: "Give a school its own copy of the LA's standard calendar, to change for its INSET days" })
  @ApiOkResponse({ type: DirectoryWriteDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async copyStandard(@Req() r: ApiRequest, @Param('urn') urn: string, @Res({ passthrough: true }) res: Response) {
    const la = await this.visibleSchoolLa(r, urn);
    const { state } = await this.reader.load('lacalendar', la);
    if (!state.calendar)
      throw new ProblemException(
        problem(422, 'LA_CALENDAR_MISSING', 'The LA has not published a standard calendar to copy'),
      );
    const calendar = { ...state.calendar, id: `school-${urn}` };
    const result = await this.commands.execute(
      new ExecuteCommand('school', urn, 'PublishCalendar', { calendar }, commandContext(r)),
    );
    res.setHeader('ETag', etag(result.version));
    return { id: urn, version: result.version };
  }

  /** The school's LA, when the caller may see it: the school itself, or an officer or auditor of its LA. */
  private async visibleSchoolLa(r: ApiRequest, urn: string): Promise<string> {
    const la = await this.directory.schoolLa(urn);
    const visible =
      la !== undefined &&
      (r.actor.role === 'admin' ||
        (r.actor.role === 'school' ? r.actor.organisationId === urn : r.actor.organisationId === la));
    if (!visible) throw notFound('school');
    return la;
  }

  /**
   * The file's "LA (name)" names an LA that has no name yet; a name its officer chose is kept (they may prefer
   * "Northshire County Council" to GIAS's "Northshire"). The name given, or null.
   */
  private async nameLaIfUnnamed(r: ApiRequest, laCode: string, name: string): Promise<string | null> {
    const { state, version } = await this.reader.load('lacalendar', laCode);
    if (state.name) return null;
    const context = { ...commandContext(r, false), expectedVersion: version };
    try {
      await this.commands.execute(
        new ExecuteCommand('lacalendar', laCode, 'NameLocalAuthority', { laCode, name }, context),
      );
      return name.trim();
    } catch (error) {
      // A name the file cannot give (too long), or one given meanwhile: the schools are imported all the same.
      if (error instanceof DomainError || error instanceof ConcurrencyError) return null;
      throw error;
    }
  }

  private async register(r: ApiRequest, school: GiasSchool) {
    try {
      const result = await this.commands.execute(
        new ExecuteCommand(
          'school',
          school.urn,
          'RegisterSchool',
          { urn: school.urn, name: school.name, laCode: school.laCode },
          commandContext(r, false),
        ),
      );
      return result.events.length > 0 ? 'added' : 'unchanged';
    } catch (error) {
      if (error instanceof DomainError)
        return { reason: 'registered_differently', detail: 'The URN is in the directory with another name or LA' };
      throw error;
    }
  }
}

function requireOwnLa(r: ApiRequest, laCode: string): void {
  if (r.actor.role === 'la_officer' && r.actor.organisationId !== laCode)
    throw forbidden('NOT_YOUR_LA', 'An LA officer manages only its own LA');
}
