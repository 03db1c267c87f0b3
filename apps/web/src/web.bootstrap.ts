import 'reflect-metadata';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Pool } from 'pg';
import { csrfMiddleware } from './http/csrf';
import { navigationFor } from './http/navigation';
import { notificationsLink } from './notifications/unread-count';
import { noStore, securityHeaders } from './http/security-headers';
import { sessionMiddleware } from './http/session';
import { configureTemplates, FRONTEND, VIEWS_DIR } from './http/templates';
import type { WebConfig } from './web.config';
import { WebModule } from './web.module';

export type WebOptions = Readonly<{
  config: WebConfig;
  /** Sessions live in PostgreSQL (the web reads no other table). */
  sessionPool: Pool;
  /** The engine mounts the API here, under /api, so one port serves both. */
  api?: RequestHandler;
  /** Nest log levels; tests pass []. */
  logLevels?: ('error' | 'warn' | 'log')[];
}>;

/** Builds the web service (not yet listening): server-rendered GOV.UK pages that call the API as the signed-in user. */
export async function createWeb(options: WebOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const sessions = sessionMiddleware(config, options.sessionPool);
  const app = await NestFactory.create<NestExpressApplication>(WebModule.create(config, sessions.close), {
    bodyParser: false,
    logger: options.logLevels ?? ['error', 'warn'],
    abortOnError: false, // throw to the caller, never process.exit (see the API's bootstrap)
  });
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  app.disable('x-powered-by');
  if (options.api) app.use('/api', options.api);
  app.use(...securityHeaders());
  const assets = { maxAge: config.production ? '1d' : 0, fallthrough: false };
  app.use('/assets/govuk', express.static(path.join(FRONTEND.govuk, 'govuk'), assets));
  app.use('/assets/moj', express.static(path.join(FRONTEND.moj, 'moj'), assets));
  app.use('/assets/autocomplete', express.static(FRONTEND.autocomplete, assets));
  app.use('/assets/web', express.static(path.join(VIEWS_DIR, 'assets'), assets));
  app.use('/assets', express.static(path.join(FRONTEND.govuk, 'govuk', 'assets'), assets));
  app.use(noStore);
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));
  app.use(sessions.middleware);
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.locals.serviceName = config.serviceName;
    res.locals.user = req.session.user;
    res.locals.sessionMinutes = config.sessionMinutes;
    res.locals.navigationItems = navigationFor(req.session.user, req.path);
    next();
  });
  app.use(notificationsLink(config.apiUrl));
  app.use(csrfMiddleware());
  configureTemplates(app.getHttpAdapter().getInstance());
  return app;
}
