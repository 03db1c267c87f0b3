import { Inject, Injectable } from '@nestjs/common';
import type { SessionUser } from '../auth/session-user';
import type { WebConfig } from '../web.config';
import { WEB_CONFIG } from '../web.tokens';
import { apiClientFor, type ApiClient } from './api-client';

/** The API as the signed-in user: every call carries their own token. */
@Injectable()
export class UserApi {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  for(user: SessionUser): ApiClient {
    return apiClientFor(this.config.apiUrl, user.token);
  }
}
