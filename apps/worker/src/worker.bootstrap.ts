import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DatabaseConnection } from '@ap/database';
import { clockFromEnv } from '@ap/application';
import type { Clock } from '@ap/domain';
import { WorkerModule } from './worker.module';

export type WorkerOptions = Readonly<{ clock?: Clock }>;

export async function createWorker(
  connection: DatabaseConnection,
  options: WorkerOptions = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forConnection(connection, options.clock ?? clockFromEnv()),
    {
      logger: ['error', 'warn'],
    },
  );
  await worker.init();
  return worker;
}
