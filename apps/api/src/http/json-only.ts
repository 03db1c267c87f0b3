import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { problem } from './problem';
import { sendProblem } from './problem-details.filter';

/** The one route that takes a file rather than JSON: a GIAS establishment export (issue 14). */
const CSV_UPLOADS = /^\/las\/[^/]+\/schools\/import\/?$/;

/**
 * A body that is not JSON is refused with 415 before anything reads it: without this the JSON parser skips it and
 * the request fails validation as if every field were missing, which misleads the sender. The CSV import is the
 * exception, and takes CSV only.
 */
export function jsonBodiesOnly(request: Request, response: Response, next: NextFunction): void {
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody || request.is(['application/json', 'application/*+json'])) return next();
  if (CSV_UPLOADS.test(request.path) && request.is('text/csv')) return next();
  const body = problem(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the body as JSON, with the header content-type: application/json',
    { detail: `The body was sent as ${request.headers['content-type'] ?? 'no content type'}`, field: 'content-type' },
  );
  sendProblem(request, response, body);
}
