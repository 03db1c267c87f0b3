import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DatabaseConnection } from '@ap/database';
import { clockFromEnv, createLogger, isDevelopmentMode, logFormat, PinoNestLogger } from '@ap/application';
import { loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import type { AuthConfig } from './auth/auth.config';
import { ApiModule } from './api.module';
import { PROBLEM_TYPE_BASE } from './http/problem';
import { inputGuard } from './http/input-guard';
import { httpLogging } from './http/http-logging';
import { jsonBodiesOnly } from './http/json-only';
import { httpMetrics } from './metrics/http-metrics';
import { requestIdMiddleware } from './http/request-context';
import { validationPipe } from './http/validation';

export type ApiOptions = Readonly<{
  connection: DatabaseConnection;
  clock?: Clock;
  auth?: AuthConfig;
  rateLimitPerMinute?: number;
  /** Requests per client address per minute, counted before authentication. */
  clientRateLimitPerMinute?: number;
  /** pino level; tests pass 'silent'. */
  logLevel?: string;
}>;

/**
 * The address to listen on: HOST, else loopback only in development (a demo with the published dev secret must not
 * be reachable from the network), else every interface (a production API sits behind a proxy or load balancer).
 */
export const listenHost = (env: NodeJS.ProcessEnv = process.env): string =>
  loadConfig(env).HOST ?? (isDevelopmentMode(env) ? '127.0.0.1' : '0.0.0.0');

/** Builds the HTTP application (not yet listening), so tests run exactly what production runs. */
export async function createApi(options: ApiOptions): Promise<INestApplication> {
  const module = ApiModule.create({ ...options, clock: options.clock ?? clockFromEnv() });
  const config = loadConfig();
  const logger = createLogger({ level: options.logLevel ?? config.LOG_LEVEL, format: logFormat(config) });
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    // A module that fails to build throws to the caller (main exits with one clear line; a test fails alone)
    // instead of Nest calling process.exit, which ended a whole jest run.
    abortOnError: false,
  });
  app.use(requestIdMiddleware);
  app.use(httpLogging(logger));
  app.use(httpMetrics);
  app.use(helmet());
  app.use(jsonBodiesOnly);
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  // A GIAS establishment download for one LA runs to a few megabytes (about 130 columns a school).
  app.useBodyParser('raw', { type: 'text/csv', limit: config.IMPORT_LIMIT });
  app.use(inputGuard);
  app.enableCors({
    origin: config.CORS_ORIGINS ? config.CORS_ORIGINS.split(',') : false,
    exposedHeaders: ['ETag', 'Location', 'X-Request-Id', 'Idempotent-Replayed'],
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.useGlobalPipes(validationPipe());
  const openApi = new DocumentBuilder()
    .setTitle('AP Pathway')
    .setDescription(
      'Referral workflow engine for Alternative Provision in England. Every write returns the stream version as an ETag; send it back as If-Match to refuse lost updates (412). POSTs accept an Idempotency-Key. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('0.1.0')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, openApi);
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'code'],
        properties: {
          type: { type: 'string', example: `${PROBLEM_TYPE_BASE}referral-incomplete` },
          title: { type: 'string' },
          status: { type: 'integer' },
          code: { type: 'string', example: 'REFERRAL_INCOMPLETE' },
          detail: { type: 'string' },
          field: { type: 'string' },
          rule: { type: 'string' },
          instance: { type: 'string' },
        },
      },
    },
  };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  return app;
}
