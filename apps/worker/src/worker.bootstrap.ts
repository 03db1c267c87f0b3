import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { DatabaseConnection } from '@ap/database';
import { WorkerModule } from './worker.module';

export async function createWorker(connection: DatabaseConnection): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forConnection(connection), {
    logger: ['error', 'warn'],
  });
  await worker.init();
  return worker;
}
