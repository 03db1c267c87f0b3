import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DatabaseConnection } from '@ap/database';
import { clockFromEnv, createLogger, logFormat, PinoNestLogger } from '@ap/application';
import { loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { auditConfigFromEnv, type AuditConfig } from './audit/audit.config';
import { WorkerModule } from './worker.module';

/**
 * `audit: false` runs no audit sealer (a benchmark, or extra workers in a test). `ownsDevClock`: the worker shares
 * its clock object with an API in the same process (`npm start`), so it publishes CLOCK as started rather than
 * following the database's setting, which a previous run may have left behind.
 */
export type WorkerOptions = Readonly<{ clock?: Clock; audit?: AuditConfig | false; ownsDevClock?: boolean }>;

export async function createWorker(
  connection: DatabaseConnection,
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forConnection(
      connection,
      options.clock ?? clockFromEnv(),
      options.audit ?? auditConfigFromEnv(),
      options.ownsDevClock ?? false,
    ),
    // The worker speaks only when something needs attention (a retried clash, a parked event, a failure).
    {
      logger: new PinoNestLogger(createLogger({ level: 'warn', format: logFormat(loadConfig()) })),
      // A module that fails to build throws to the caller (main exits with one clear line; a test fails alone)
      // instead of Nest calling process.exit, which ended a whole jest run.
      abortOnError: false,
    },
  );
  await worker.init();
  return worker;
}
