import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DatabaseConnection } from '@ap/database';
import { ApiModule } from './api.module';

export type ApiOptions = Readonly<{ connection: DatabaseConnection; logger?: false }>;

/** Builds the HTTP application (not yet listening), so tests run exactly what production runs. */
export async function createApi(options: ApiOptions): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forConnection(options.connection), {
    logger: options.logger ?? ['error', 'warn'],
  });
  app.enableShutdownHooks();
  const config = new DocumentBuilder()
    .setTitle('AP Pathway')
    .setDescription('Referral workflow engine for Alternative Provision in England')
    .setVersion('0.1.0')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  return app;
}
