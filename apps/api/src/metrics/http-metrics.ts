import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from '@ap/telemetry';

/** Times every request into http_request_duration_seconds by route template (never the raw path: it carries UPNs). */
export function httpMetrics(request: Request, response: Response, next: NextFunction): void {
  const stop = httpRequestDuration.startTimer({ method: request.method });
  response.on('finish', () => {
    const route = (request.route as { path?: string } | undefined)?.path;
    stop({ route: route ? `${request.baseUrl}${route}` : 'unmatched', status_code: String(response.statusCode) });
  });
  next();
}
