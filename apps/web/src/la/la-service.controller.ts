import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { CurrentUser, ForRoles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { presentSufficiency } from './la-sufficiency.presenter';

const SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['providerResponse', "A provider's response to a referral"],
  ['informationRequest', 'Information a provider asked for'],
  ['inductionMeeting', 'Induction meeting after the start'],
  ['inductionBaseline', 'Baseline assessments after the start'],
  ['inductionPlan', 'Agreed induction plan after the start'],
  ['placementReview', 'Between placement reviews'],
  ['partTimeReview', 'Between reviews of a part-time timetable'],
  ['partTimeEscalation', 'Part-time timetable before it is escalated'],
  ['reintegrationFollowUp', 'Follow-up after a return to school'],
];

/** Sufficiency (places against demand) and the LA's timeline settings, both read-only pages. */
@Controller('la')
@ForRoles('la_officer', 'la_auditor')
export class LaServiceController {
  constructor(private readonly api: UserApi) {}

  @Get('sufficiency')
  async sufficiency(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = await must(this.api.for(user).GET('/la/sufficiency'));
    res.render('la/la-sufficiency.njk', { view: presentSufficiency(answer as never) });
  }

  @Get('settings')
  async settings(@CurrentUser() user: SessionUser, @Res() res: Response) {
    const answer = (await must(
      this.api.for(user).GET('/las/{laCode}/timelines', { params: { path: { laCode: user.organisationId } } }),
    )) as unknown as { own: Record<string, number>; effective: Record<string, number> };
    res.render('la/la-settings.njk', {
      statutory: [
        [
          { text: 'Full-time education for an excluded pupil' },
          { text: 'From the sixth school day of the exclusion' },
          { text: 'Education Act 1996 s19(3A); SI 2007/1870 as amended' },
        ],
        [
          { text: 'Written notice to parents of the exclusion' },
          { text: 'By the end of the first day' },
          { text: 'SI 2012/1033 reg 6' },
        ],
      ],
      own: SETTINGS.map(([key, label]) => [
        { text: label },
        { text: String(answer.effective[key] ?? ''), format: 'numeric' },
        { text: key in answer.own ? 'Set by your local authority' : 'Default' },
      ]),
    });
  }
}
