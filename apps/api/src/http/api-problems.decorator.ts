import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiResponse, getSchemaPath } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: the problem names each field and rule (VALIDATION_FAILED)',
  401: 'Missing or invalid bearer token',
  403: 'Your role or organisation may not do this',
  404: 'No such record, or not one your organisation can see',
  409: 'The record is not in a state that allows this, or a concurrent change (retry)',
  412: 'If-Match no longer holds: the record changed since you read it',
  422: 'A domain rule refused the request; the problem code names it',
};

/** Documents the problem+json answers a route can give. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      }),
    ),
  );

/** A 200 that is JSON of `type`, or with `format=csv` the same rows as a CSV download. */
export const ApiOkJsonOrCsv = (type: Type<unknown>, csv: string) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        'text/csv': { schema: { type: 'string', description: csv } },
      },
    }),
  );
