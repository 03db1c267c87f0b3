import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { csrfSync } from 'csrf-sync';

/**
 * CSRF protection on every form: a synchronizer token kept in the session, sent back as the hidden `_csrf`
 * field (`{{ csrfField() }}` in a template). A POST without the right token gets a 403 page and changes nothing.
 */
export function csrfMiddleware(): RequestHandler {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    // A file upload (multipart) is read after this check, so its form carries the token in its action's query.
    getTokenFromRequest: (req) =>
      (req.body as Record<string, string> | undefined)?.['_csrf'] ??
      (req.is('multipart/form-data') ? (req.query['_csrf'] as string | undefined) : undefined),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (error) {
        res.status(403).render('views/problem.njk', {
          title: 'Your form could not be sent',
          body: 'This can happen when a page has been open for a long time. Go back, reload the page and try again.',
        });
        return;
      }
      res.locals.csrfToken = generateToken(req);
      next();
    });
  };
}
