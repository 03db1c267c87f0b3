import type { NextFunction, Request, Response } from 'express';
import { invalidValue } from './query-values';

/** Deeper than any body this API takes; a 3,000-deep body overflowed the validator's stack (a 500). */
export const MAX_BODY_DEPTH = 32;
// NUL, which PostgreSQL cannot store, and UTF-16 surrogates that are not part of a pair (not Unicode text at all).
// eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BLANK = /^\s+$/;

type Found = Readonly<{ field: string; rule: string; message: string }>;

/** The first value no route may take, walking the body without recursion (so depth itself cannot overflow). */
function firstRefused(root: unknown, where: string): Found | undefined {
  const stack: Array<[unknown, string, number]> = [[root, where, 0]];
  while (stack.length > 0) {
    const [value, field, depth] = stack.pop()!;
    if (depth > MAX_BODY_DEPTH)
      return { field, rule: 'maxDepth', message: `${field} nests deeper than ${MAX_BODY_DEPTH} levels` };
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value))
        return { field, rule: 'isText', message: `${field} must be text without NUL or unpaired surrogates` };
      if (BLANK.test(value)) return { field, rule: 'isNotBlank', message: `${field} must not be only spaces` };
    } else if (Buffer.isBuffer(value)) {
      // A raw upload (a GIAS CSV) is bytes the route decodes and checks itself: walking it byte by byte would cost
      // millions of entries.
      continue;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const path = field ? `${field}.${key}` : key;
        if (UNSTORABLE.test(key)) return { field: path, rule: 'isText', message: `${path} is not a valid name` };
        stack.push([child, path, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * Issue 18: input that no rule can accept is refused before any route sees it, with the field and the rule: NUL or
 * lone surrogates in the path, the query or the body (PostgreSQL refused them with a 500), strings of nothing but
 * spaces (a name or reason of "   "), and bodies nested beyond any real request.
 */
export function inputGuard(request: Request, response: Response, next: NextFunction): void {
  const found = refusedPath(request.path) ?? firstRefused(request.query, '') ?? firstRefused(request.body, '');
  if (!found) return next();
  const { problem } = invalidValue(found.field, found.rule, found.message);
  response
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...problem, instance: request.path }));
}

function refusedPath(raw: string): Found | undefined {
  try {
    if (!UNSTORABLE.test(decodeURIComponent(raw))) return undefined;
  } catch {
    // not percent-encoded text: refused below
  }
  return { field: 'path', rule: 'isText', message: 'The path must be text without NUL or unpaired surrogates' };
}
