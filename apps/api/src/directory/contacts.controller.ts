import { Body, Controller, Delete, Get, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContactListDto, DirectoryWriteDto } from './directory.response.dto';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { AggregateReader, ExecuteCommand } from '@ap/application';
import type { OrganisationContact } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden, notFound } from '../http/not-found';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import { ContactDto } from './contacts.request.dto';

type Org = Readonly<{ aggregate: 'school' | 'provider' | 'lacalendar'; id: string; selfRole?: 'school' | 'provider' }>;

/**
 * An organisation's contacts for notifications: a school's or provider's own users and its LA's officers manage
 * them; an LA's (its inclusion team, its virtual school head) only its own officers.
 */
@ApiTags('directory')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 409, 412, 422)
@Controller()
export class ContactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: AggregateReader,
  ) {}

  @Get(['schools/:urn/contacts', 'providers/:id/contacts', 'las/:laCode/contacts'])
  @ApiOkResponse({ type: ContactListDto })
  @Roles('admin', 'la_officer', 'school', 'provider')
  @ApiOperation({ summary: "An organisation's contacts for notifications and its users' delivery preferences" })
  async list(@Req() r: ApiRequest) {
    const org = this.orgOf(r);
    const state = await this.authorise(r, org);
    return { contacts: Object.values(state.contacts ?? {}), preferences: state.preferences ?? {} };
  }

  @Put(['schools/:urn/contacts/:contactId', 'providers/:id/contacts/:contactId', 'las/:laCode/contacts/:contactId'])
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer', 'school', 'provider')
  @ApiOperation({
    summary:
      'Set a contact: safeguarding lead, inclusion or admissions inbox, virtual school head (LA), or a named user',
  })
  async set(@Req() r: ApiRequest, @Body() b: ContactDto, @Res({ passthrough: true }) res: Response) {
    const org = this.orgOf(r);
    await this.authorise(r, org);
    const contact: OrganisationContact = {
      contactId: String(r.params['contactId']),
      role: b.role,
      email: b.email,
      delivery: b.delivery ?? 'immediate',
      ...(b.name ? { name: b.name } : {}),
      ...(b.userId ? { userId: b.userId } : {}),
    };
    return this.run(r, res, org, 'SetContact', { contact });
  }

  @Delete(['schools/:urn/contacts/:contactId', 'providers/:id/contacts/:contactId', 'las/:laCode/contacts/:contactId'])
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('admin', 'la_officer', 'school', 'provider')
  @ApiOperation({ summary: 'Remove a contact (removing one already gone changes nothing)' })
  async remove(@Req() r: ApiRequest, @Res({ passthrough: true }) res: Response) {
    const org = this.orgOf(r);
    await this.authorise(r, org);
    return this.run(r, res, org, 'RemoveContact', { contactId: String(r.params['contactId']) });
  }

  private orgOf(r: ApiRequest): Org {
    const p = r.params;
    if (p['urn']) return { aggregate: 'school', id: String(p['urn']), selfRole: 'school' };
    if (p['id']) return { aggregate: 'provider', id: String(p['id']), selfRole: 'provider' };
    return { aggregate: 'lacalendar', id: String(p['laCode']) };
  }

  /** The organisation itself, an officer of its LA, or an admin; anyone else is told it does not exist. */
  private async authorise(r: ApiRequest, org: Org) {
    const { state } = await this.reader.load(org.aggregate, org.id);
    const la = org.aggregate === 'lacalendar' ? org.id : state.laCode;
    if (org.aggregate !== 'lacalendar' && !state.kind) throw notFound(org.aggregate);
    const { role, organisationId } = r.actor;
    const allowed =
      role === 'admin' ||
      (role === 'la_officer' && organisationId === la) ||
      (role === org.selfRole && organisationId === org.id);
    if (allowed) return state;
    if (role === 'la_officer' || role === org.selfRole)
      throw notFound(org.aggregate === 'lacalendar' ? 'la' : org.aggregate);
    throw forbidden('NOT_YOUR_ORGANISATION', 'Only the organisation or its LA manages its contacts');
  }

  private async run(r: ApiRequest, res: Response, org: Org, type: 'SetContact' | 'RemoveContact', data: object) {
    const result = await this.commands.execute(
      new ExecuteCommand(org.aggregate, org.id, type, data as never, commandContext(r)),
    );
    res.setHeader('ETag', etag(result.version));
    return { id: org.id, version: result.version };
  }
}
