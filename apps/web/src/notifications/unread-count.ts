import type { NextFunction, Request, Response } from 'express';
import { apiClientFor } from '../api/api-client';
import { notificationsLinkText } from './notifications.presenter';

const ROLES_WITH_NOTIFICATIONS = new Set(['school', 'provider', 'la_officer', 'la_auditor']);

/**
 * Adds "Notifications (3 unread)" to the service navigation of every page a signed-in user opens. The count is a
 * courtesy: if the API does not answer, the link shows without it and the page still renders.
 */
export function notificationsLink(apiUrl: string) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const user = req.session.user;
    if (!user || req.method !== 'GET' || !ROLES_WITH_NOTIFICATIONS.has(user.role)) return next();
    let unread: number | undefined;
    try {
      const { data } = await apiClientFor(apiUrl, user.token).GET('/notifications', {
        params: { query: { limit: 1 } },
        signal: AbortSignal.timeout(2000),
      });
      unread = data?.unread;
    } catch {
      unread = undefined;
    }
    const link = {
      href: '/notifications',
      text: notificationsLinkText(unread),
      active: req.path === '/notifications' || req.path.startsWith('/notifications/'),
    };
    res.locals.navigationItems = [...((res.locals.navigationItems as unknown[] | undefined) ?? []), link];
    next();
  };
}
