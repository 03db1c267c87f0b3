import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { redactPath } from './redact-path';

/** One log line per request: method, path (pupil identifiers redacted), status, time and request id. */
export function httpLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    // No pupil data in logs: no bodies, no query strings, no tokens.
    serializers: {
      req: (req: { method: string; url: string; id: unknown }) => ({
        method: req.method,
        path: redactPath(String(req.url)),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    genReqId: (req, res) => String(res.getHeader('x-request-id') ?? req.headers['x-request-id'] ?? ''),
    customSuccessMessage: (req, res, time) =>
      `${req.method} ${redactPath(String(req.url))} ${res.statusCode} ${time}ms`,
    customErrorMessage: (req, res) => `${req.method} ${redactPath(String(req.url))} ${res.statusCode}`,
  }) as RequestHandler;
}
