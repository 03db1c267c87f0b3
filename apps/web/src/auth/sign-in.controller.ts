import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { must } from '../api/api-client';
import { UserApi } from '../api/user-api';
import { WEB_CONFIG } from '../web.tokens';
import type { WebConfig } from '../web.config';
import { PublicPage } from './auth.decorators';
import { DEMO_USERS } from './demo-users';
import { demoSessionUser } from './dev-sign-in';
import { OidcSignIn, OidcSignInRefused } from './oidc-sign-in';
import type { SessionUser } from './session-user';
import { signInView } from './sign-in.presenter';
import { HOME_BY_ROLE } from './home-by-role';

/** A return address inside this service only (never an open redirect). */
const safeReturn = (to: unknown): string | undefined =>
  typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') ? to : undefined;

@Controller()
export class SignInController {
  private readonly oidc?: OidcSignIn;

  constructor(
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
    private readonly api: UserApi,
  ) {
    if (config.oidc) this.oidc = new OidcSignIn(config.oidc);
  }

  @Get()
  @PublicPage()
  home(@Req() req: Request, @Res() res: Response) {
    const user = req.session.user;
    res.redirect(user ? HOME_BY_ROLE[user.role] : '/sign-in');
  }

  @Get('sign-in')
  @PublicPage()
  page(
    @Query('signedOut') signedOut: string | undefined,
    @Query('returnTo') returnTo: string | undefined,
    @Res() res: Response,
  ) {
    res.render(
      'auth/sign-in.njk',
      signInView({ oidc: Boolean(this.oidc), signedOut, returnTo: safeReturn(returnTo), users: DEMO_USERS }),
    );
  }

  @Post('sign-in')
  @PublicPage()
  async signInAsDemoUser(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, string>) {
    const demo = DEMO_USERS.find((u) => u.id === body.user);
    if (!this.config.devJwtSecret || !demo) {
      res.status(400).render('auth/sign-in.njk', {
        ...signInView({ oidc: Boolean(this.oidc), users: this.config.devJwtSecret ? DEMO_USERS : [] }),
        errors: [{ field: 'user', href: '#user', message: 'Select who you want to sign in as' }],
      });
      return;
    }
    const user = await demoSessionUser(demo, this.config.devJwtSecret, Math.floor(Date.now() / 1000));
    await this.startSession(req, res, user);
    res.redirect(safeReturn(body.returnTo) ?? HOME_BY_ROLE[user.role]);
  }

  @Get('sign-in/start')
  @PublicPage()
  async startOidc(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string) {
    if (!this.oidc) return res.redirect('/sign-in');
    const { url, checks } = await this.oidc.start();
    req.session.oidc = { ...checks, returnTo: safeReturn(returnTo) };
    res.redirect(url);
  }

  @Get('sign-in/callback')
  @PublicPage()
  async oidcCallback(@Req() req: Request, @Res() res: Response) {
    const checks = req.session.oidc;
    if (!this.oidc || !checks) return res.redirect('/sign-in');
    try {
      const url = new URL(req.originalUrl, this.config.oidc!.redirectUri);
      const user = await this.oidc.finish(url, checks, Math.floor(Date.now() / 1000));
      await this.startSession(req, res, user);
      res.redirect(checks.returnTo ?? HOME_BY_ROLE[user.role]);
    } catch (error) {
      const message = error instanceof OidcSignInRefused ? error.message : 'Sign-in did not complete. Try again.';
      res.status(403).render('views/problem.njk', { title: 'You cannot sign in', body: message });
    }
  }

  @Post('sign-out')
  @PublicPage()
  signOut(@Req() req: Request, @Res() res: Response) {
    res.clearCookie('ap_signed_in');
    req.session.destroy(() => res.clearCookie('ap_session').redirect('/sign-in?signedOut=yes'));
  }

  /** The timeout warning's "Stay signed in": any request moves the (rolling) session timeout on. */
  @Post('session/extend')
  @HttpCode(204)
  @PublicPage()
  extend(@Req() req: Request, @Res() res: Response) {
    res.status(req.session.user ? 204 : 401).end();
  }

  /**
   * The organisation as the directory names it (the API's GET /me), not as the identity provider or the demo list
   * spells it. Should the API not answer, the sign-in still completes with the name the identity gave.
   */
  private async withDirectoryName(user: SessionUser): Promise<SessionUser> {
    try {
      const me = await must(this.api.for(user).GET('/me'));
      return { ...user, organisationName: me.organisationName };
    } catch {
      return user;
    }
  }

  /** A new session id at sign-in (no fixation), holding the user and their API token server-side. */
  private async startSession(req: Request, res: Response, signedIn: SessionUser): Promise<void> {
    const user = await this.withDirectoryName(signedIn);
    // Lasts until the browser closes: with no session behind it, the sign-in page says the session timed out.
    res.cookie('ap_signed_in', '1', { httpOnly: true, sameSite: 'lax', secure: req.secure });
    return new Promise((resolve, reject) =>
      req.session.regenerate((error) => {
        if (error) return reject(error);
        req.session.user = user;
        req.session.save((saveError) => (saveError ? reject(saveError) : resolve()));
      }),
    );
  }
}
