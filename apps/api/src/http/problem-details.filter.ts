import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblem } from './problem';

/** Every error leaves as application/problem+json; unexpected ones are logged without request bodies (pupil data). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = toProblem(error, request.headers['if-match'] !== undefined);
    if (body.status >= 500)
      this.logger.error({ err: error, path: request.route?.path, correlationId: request.headers['x-request-id'] });
    if (response.headersSent) return;
    response
      .status(body.status)
      .type('application/problem+json')
      .send(JSON.stringify({ ...body, instance: request.originalUrl.split('?')[0] }));
  }
}
