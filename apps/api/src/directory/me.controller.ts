import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';
import type { ApiRequest } from '../http/request-context';
import { DirectoryService } from './directory.service';
import { laByCode } from './organisation-names';

export class MeDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: ['school', 'provider', 'la_officer', 'la_auditor', 'admin'] }) role!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ description: "The organisation's name as the directory holds it" }) organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) laCode!: string | null;
}

/** Who the caller is, with its organisation named from the directory (the web shows it beside "Sign out"). */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @ApiOperation({ summary: "The signed-in caller and its organisation's directory name" })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401, 403)
  async me(@Req() request: ApiRequest): Promise<MeDto> {
    const { id, name, role, organisationId, laCode } = request.actor;
    const isLa = role === 'la_officer' || role === 'la_auditor';
    const kind = role === 'school' || role === 'provider' ? role : isLa ? 'la' : undefined;
    const named = kind ? await this.directory.name(kind, organisationId) : null;
    const organisationName = named ?? (isLa ? laByCode(organisationId) : organisationId);
    return { userId: id, name: name ?? null, role, organisationId, organisationName, laCode: laCode ?? null };
  }
}
