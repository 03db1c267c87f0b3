import type { NextFunction, Request, Response } from 'express';
import { apiClientFor } from '../api/api-client';
import { Recent } from '../http/recent';
import { notificationsLinkText } from './notifications.presenter';

const ROLES_WITH_NOTIFICATIONS = new Set(['school', 'provider', 'la_officer', 'la_auditor']);

/** How long a user's unread count is reused between pages (bench/README.md, pages: it was an API call per page). */
export const UNREAD_COUNT_SECONDS = 15;

/**
 * Adds "Notifications (3 unread)" to the service navigation of every page a signed-in user opens. The count is a
 * courtesy: if the API does not answer, the link shows without it and the page still renders. It is asked for at
 * most every 15 seconds per user and process, and afresh after anything the user changes (any form they send, which
 * includes marking one read) and on the notifications pages themselves, so a user's own actions show at once and
 * another's (a new reminder) within 15 seconds.
 */
export function notificationsLink(apiUrl: string, cacheSeconds = UNREAD_COUNT_SECONDS) {
  const counts = new Recent<number>(cacheSeconds * 1000);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const user = req.session.user;
    if (!user || !ROLES_WITH_NOTIFICATIONS.has(user.role)) return next();
    const key = `${user.organisationId}\u0000${user.id}`;
    if (req.method !== 'GET') {
      counts.delete(key);
      return next();
    }
    const onNotifications = req.path === '/notifications' || req.path.startsWith('/notifications/');
    let unread = onNotifications ? undefined : counts.get(key);
    if (unread === undefined) {
      try {
        const { data } = await apiClientFor(apiUrl, user.token).GET('/notifications', {
          params: { query: { limit: 1 } },
          signal: AbortSignal.timeout(2000),
        });
        unread = data?.unread;
      } catch {
        unread = undefined;
      }
      if (unread === undefined) counts.delete(key);
      else counts.set(key, unread);
    }
    const link = {
      href: '/notifications',
      text: notificationsLinkText(unread),
      active: onNotifications,
    };
    res.locals.navigationItems = [...((res.locals.navigationItems as unknown[] | undefined) ?? []), link];
    next();
  };
}
