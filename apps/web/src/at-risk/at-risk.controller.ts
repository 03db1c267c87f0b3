import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentAtRisk, type AtRiskPupil, type Thresholds } from './at-risk.presenter';
import { atRiskTable } from './at-risk.view';

@Controller('pupils-at-risk')
@ForRoles('school', 'la_officer', 'la_auditor')
export class AtRiskPagesController {
  constructor(private readonly api: UserApi) {}

  @Get()
  async list(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = (await must(this.api.for(user).GET('/pupils-at-risk'))) as unknown as {
      pupils: AtRiskPupil[];
      thresholds: Thresholds;
    };
    const page = presentAtRisk(answer.pupils, answer.thresholds);
    res.render('at-risk/at-risk.njk', { page, table: atRiskTable(page) });
  }
}
