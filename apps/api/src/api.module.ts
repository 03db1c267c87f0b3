import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';
import { ApplicationModule } from '@ap/application';
import { ReadModelsModule } from '@ap/read-models';
import { appConfigModule, loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { AUTH_CONFIG, authConfigFromEnv, type AuthConfig } from './auth/auth.config';
import { AuthGuard } from './auth/auth.guard';
import { OrganisationResolver } from './auth/organisation-resolver';
import { TokenVerifier } from './auth/token-verifier';
import { AdminClockController } from './admin/admin-clock.controller';
import { CalendarResolver } from './directory/calendar-resolver.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardQuery } from './dashboard/dashboard-tables.query';
import { OutcomesController } from './dashboard/outcomes.controller';
import { ContactsController } from './directory/contacts.controller';
import { DirectoryController } from './directory/directory.controller';
import { ProviderProfileController } from './directory/provider-profile.controller';
import { SchoolDirectoryController } from './directory/school-directory.controller';
import { MeController } from './directory/me.controller';
import { SufficiencyController } from './dashboard/sufficiency.controller';
import { TrendsController } from './dashboard/trends.controller';
import { DirectoryService } from './directory/directory.service';
import { ExclusionsController } from './exclusions/exclusions.controller';
import { SchoolDay6Controller } from './exclusions/school-day6.controller';
import { ExclusionRecordsService } from './exclusions/exclusion-records.service';
import { ProblemsController } from './problems/problems.controller';
import { HealthController } from './health/health.controller';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RATE_LIMITERS, rateLimiters, RateLimits } from './http/rate-limits';
import { MetricsController } from './metrics/metrics.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { InductionTransitionController } from './placements/induction-transition.controller';
import { PlacementsController } from './placements/placements.controller';
import { ProviderPlacementsController } from './placements/provider-placements.controller';
import { PlacementsService } from './placements/placements.service';
import { PupilsController } from './pupils/pupils.controller';
import { PupilHistoryService } from './pupils/pupil-history.service';
import { PupilCaseQuery } from './pupils/pupil-case.query';
import { ListsController } from './referrals/lists.controller';
import { ReferralListsQuery } from './referrals/referral-lists.query';
import { ReferralsController } from './referrals/referrals.controller';
import { ReferralsService } from './referrals/referrals.service';
import { AtRiskController } from './at-risk/at-risk.controller';
import { AtRiskQuery } from './at-risk/at-risk.query';
import { CafeController } from './cafe/cafe.controller';
import { CafeWorklistQuery } from './cafe/cafe-worklist.query';
import { OutcomesQuery } from './dashboard/outcomes.query';
import { OutreachController } from './outreach/outreach.controller';
import { OutreachService } from './outreach/outreach.service';
import { PlacementPlanController } from './placements/placement-plan.controller';
import { QualityController } from './quality/quality.controller';
import { VoiceController } from './voice/voice.controller';

export type ApiModuleOptions = Readonly<{
  connection: DatabaseConnection;
  clock: Clock;
  auth?: AuthConfig;
  rateLimitPerMinute?: number;
  clientRateLimitPerMinute?: number;
  logLevel?: string;
}>;

@Module({})
export class ApiModule {
  static create(options: ApiModuleOptions): DynamicModule {
    const auth = options.auth ?? authConfigFromEnv();
    const config = loadConfig();
    return {
      module: ApiModule,
      imports: [
        appConfigModule(config),
        DatabaseModule.forConnection(options.connection),
        ReadModelsModule.forRoot(),
        ApplicationModule.withClock(options.clock, { ownsDevClock: true }),
        TerminusModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        DirectoryController,
        ReferralsController,
        ListsController,
        PlacementsController,
        ProviderPlacementsController,
        InductionTransitionController,
        ExclusionsController,
        SchoolDay6Controller,
        PupilsController,
        DashboardController,
        OutcomesController,
        TrendsController,
        SufficiencyController,
        SchoolDirectoryController,
        MeController,
        ProviderProfileController,
        AdminClockController,
        ProblemsController,
        PlacementPlanController,
        OutreachController,
        CafeController,
        AtRiskController,
        VoiceController,
        QualityController,
        ContactsController,
        NotificationsController,
      ],
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier(auth) },
        { provide: AUTH_CONFIG, useValue: auth },
        OrganisationResolver,
        ReferralListsQuery,
        DashboardQuery,
        {
          provide: RATE_LIMITERS,
          useValue: rateLimiters(
            options.connection.pool,
            options.clientRateLimitPerMinute ?? config.RATE_LIMIT_PER_CLIENT_PER_MINUTE,
            options.rateLimitPerMinute ?? config.RATE_LIMIT_PER_MINUTE,
          ),
        },
        RateLimits,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        ReferralsService,
        PlacementsService,
        DirectoryService,
        CalendarResolver,
        ExclusionRecordsService,
        PupilHistoryService,
        PupilCaseQuery,
        OutcomesQuery,
        OutreachService,
        CafeWorklistQuery,
        AtRiskQuery,
      ],
    };
  }
}
