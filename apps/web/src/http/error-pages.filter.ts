import {
  ArgumentsHost,
  Catch,
  ForbiddenException,
  HttpException,
  Logger,
  NotFoundException,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from '../api/api-client';
import { SignInRequired } from '../auth/signed-in.guard';

const SIGNED_IN_MARKER = /(^|;\s*)ap_signed_in=1/;

/** Every failure becomes a GOV.UK error page, or a new sign-in when the session or its token has run out. */
@Catch()
export class ErrorPagesFilter implements ExceptionFilter {
  private readonly logger = new Logger('web');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof SignInRequired || (error instanceof ApiError && error.status === 401)) {
      const hadSession = Boolean(req.session?.user) || SIGNED_IN_MARKER.test(req.headers.cookie ?? '');
      const query = new URLSearchParams();
      if (hadSession) query.set('signedOut', 'timeout');
      const returnTo = error instanceof SignInRequired ? error.returnTo : undefined;
      if (returnTo && returnTo !== '/') query.set('returnTo', returnTo);
      const go = () => res.clearCookie('ap_signed_in').redirect(`/sign-in${query.size ? `?${query}` : ''}`);
      if (req.session?.user) req.session.destroy(go);
      else go();
      return;
    }
    if (error instanceof NotFoundException || (error instanceof ApiError && error.status === 404)) {
      res.status(404).render('views/problem.njk', {
        title: 'Page not found',
        body: 'If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.',
      });
      return;
    }
    if (error instanceof ForbiddenException || (error instanceof ApiError && error.status === 403)) {
      res.status(403).render('views/problem.njk', {
        title: 'You cannot use this page',
        body: 'Your account does not give you access to this page. Go back to your home page.',
      });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      res
        .status(error.getStatus())
        .render('views/problem.njk', { title: 'Sorry, there is a problem', body: error.message });
      return;
    }
    this.logger.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    res.status(500).render('views/problem.njk', {
      title: 'Sorry, there is a problem with the service',
      body: 'Try again later. Your answers up to the last page you completed have been saved.',
    });
  }
}
