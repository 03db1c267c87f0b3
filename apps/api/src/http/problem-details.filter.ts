import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { databaseFault, databaseFaults } from '@ap/database';
import { RETRY_AFTER_SECONDS, toProblem } from './problem';
import { redactPath } from './redact-path';
import type { ApiRequest } from './request-context';

/** Every error leaves as application/problem+json; unexpected ones are logged without request bodies (pupil data). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = toProblem(error, request.headers['if-match'] !== undefined);
    const fault = databaseFault(error);
    if (fault) databaseFaults.record(fault);
    if (body.status >= 500 && !fault) {
      // Name, code and message only: a database error's detail can quote row values (stream ids carry UPNs).
      const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
      const logged = { name, code, message: redactPath(String(message ?? '')) };
      this.logger.error({
        error: logged,
        route: request.route?.path,
        correlationId: (request as ApiRequest).correlationId,
      });
    }
    if (response.headersSent) return;
    if (body.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response
      .status(body.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: request.originalUrl.split('?')[0] }));
  }
}
