import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DatabaseConnection } from '@ap/database';
import { clockFromEnv } from '@ap/application';
import type { Clock } from '@ap/domain';
import { auditConfigFromEnv, type AuditConfig } from './audit/audit.config';
import { WorkerModule } from './worker.module';

/** `audit: false` runs no audit sealer (a benchmark, or extra workers in a test). */
export type WorkerOptions = Readonly<{ clock?: Clock; audit?: AuditConfig | false }>;

export async function createWorker(
  connection: DatabaseConnection,
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forConnection(connection, options.clock ?? clockFromEnv(), options.audit ?? auditConfigFromEnv()),
    {
      logger: ['error', 'warn'],
    },
  );
  await worker.init();
  return worker;
}
