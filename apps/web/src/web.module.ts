import { Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { SignedInGuard } from './auth/signed-in.guard';
import { SignInController } from './auth/sign-in.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { ErrorPagesFilter } from './http/error-pages.filter';
import { InboxController } from './inbox/inbox.controller';
import { LaDashboardController } from './la/la-dashboard.controller';
import { PupilRecordController } from './la/pupil-record.controller';
import { LaTrendsController } from './la/la-trends.controller';
import { LaDirectoryController } from './la/la-directory.controller';
import { LaServiceController } from './la/la-service.controller';
import { LaSettingsController } from './la/la-settings.controller';
import { MakeReferralController } from './referrals/make-referral.controller';
import { PupilSearchController } from './pupils/pupils.controller';
import { ExclusionPagesController } from './exclusions/exclusions.controller';
import { ExclusionPageController } from './exclusions/exclusion-page.controller';
import { PlacementPagesController } from './placements/placements.controller';
import { MyPlacementsController } from './placements/my-placements.controller';
import { ReferralPageController } from './referrals/referral-page.controller';
import { ReferralChangesController } from './referrals/referral-changes.controller';
import { AtRiskPagesController } from './at-risk/at-risk.controller';
import { CafePagesController } from './cafe/cafe.controller';
import { OutreachPagesController } from './outreach/outreach.controller';
import { PlacementPlanPagesController } from './placement-plan/placement-plan.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { VoicePagesController } from './voice/voice.controller';
import { FeedbackPagesController } from './feedback/feedback.controller';
import { QualityPagesController } from './quality/quality.controller';
import { DestinationPagesController } from './destinations/destination.controller';
import { UserApi } from './api/user-api';
import type { WebConfig } from './web.config';
import { WEB_CONFIG } from './web.tokens';

/** The session store's lifecycle: closed with the app (a plain Nest provider, so app.close() reaches it). */
const SESSION_STORE = Symbol('SESSION_STORE');

@Module({})
export class WebModule {
  /** `closeSessions` runs when the app closes (the session store's prune timer must not outlive it). */
  static create(config: WebConfig, closeSessions: () => Promise<void> = async () => undefined): DynamicModule {
    return {
      module: WebModule,
      controllers: [
        SignInController,
        DashboardController,
        InboxController,
        LaDashboardController,
        PupilRecordController,
        LaTrendsController,
        LaDirectoryController,
        LaServiceController,
        LaSettingsController,
        MakeReferralController,
        ReferralPageController,
        ReferralChangesController,
        OutreachPagesController,
        CafePagesController,
        AtRiskPagesController,
        PlacementPlanPagesController,
        VoicePagesController,
        FeedbackPagesController,
        QualityPagesController,
        DestinationPagesController,
        MyPlacementsController,
        PlacementPagesController,
        ExclusionPagesController,
        ExclusionPageController,
        PupilSearchController,
        NotificationsController,
      ],
      providers: [
        { provide: WEB_CONFIG, useValue: config },
        { provide: SESSION_STORE, useValue: { onModuleDestroy: closeSessions } satisfies OnModuleDestroy },
        { provide: APP_GUARD, useClass: SignedInGuard },
        { provide: APP_FILTER, useClass: ErrorPagesFilter },
        UserApi,
      ],
    };
  }
}
