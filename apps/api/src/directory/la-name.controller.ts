import { Body, Controller, Get, Param, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AggregateReader, ExecuteCommand } from '@ap/application';
import { isValidLaCode } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { forbidden } from '../http/not-found';
import { invalidValue } from '../http/query-values';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import { NameLaDto } from './directory.request.dto';
import { DirectoryWriteDto, LaNameDto } from './directory.response.dto';
import { laByCode } from './organisation-names';

/** The name an LA is known by on every page, instead of its code. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('las/:laCode/name')
export class LaNameController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: AggregateReader,
  ) {}

  @Get()
  @ApiOperation({ summary: "An LA's name, and how pages name it while it has none" })
  @ApiOkResponse({ type: LaNameDto })
  @ApiProblems(400, 401)
  async get(@Param('laCode') laCode: string, @Res({ passthrough: true }) res: Response): Promise<LaNameDto> {
    if (!isValidLaCode(laCode)) throw invalidValue('laCode', 'isLaCode', 'laCode must be an LA code (3 digits)');
    const { state, version } = await this.reader.load('lacalendar', laCode);
    res.setHeader('ETag', etag(version));
    return { laCode, name: state.name ?? null, shownAs: state.name ?? laByCode(laCode), version };
  }

  @Put()
  @Roles('admin', 'la_officer')
  @ApiOperation({ summary: 'Name the LA ("Northshire County Council"); naming it again replaces the name' })
  @ApiOkResponse({ type: DirectoryWriteDto })
  @ApiProblems(400, 401, 403, 409, 412, 422)
  async put(
    @Req() r: ApiRequest,
    @Param('laCode') laCode: string,
    @Body() b: NameLaDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectoryWriteDto> {
    if (r.actor.role === 'la_officer' && r.actor.organisationId !== laCode)
      throw forbidden('NOT_YOUR_LA', 'An LA officer manages only its own LA');
    const command = new ExecuteCommand(
      'lacalendar',
      laCode,
      'NameLocalAuthority',
      { laCode, name: b.name },
      commandContext(r),
    );
    const result = await this.commands.execute(command);
    res.setHeader('ETag', etag(result.version));
    return { id: laCode, version: result.version };
  }
}
