import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DatabaseConnection } from '@ap/database';
import { clockFromEnv, createLogger, logFormat, PinoNestLogger } from '@ap/application';
import { loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { WorkerModule } from './worker.module';

export type WorkerOptions = Readonly<{ clock?: Clock }>;

export async function createWorker(
  connection: DatabaseConnection,
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forConnection(connection, options.clock ?? clockFromEnv()),
    // The worker speaks only when something needs attention (a retried clash, a parked event, a failure).
    { logger: new PinoNestLogger(createLogger({ level: 'warn', format: logFormat(loadConfig()) })) },
  );
  await worker.init();
  return worker;
}
