import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { problem, ProblemException } from './problem';
import { validationSentence } from './validation-messages';

type FieldError = { field: string; rule: string; message: string };

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: validationSentence(field, rule, message),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whitelist, forbid unknown fields, transform; every broken rule is named with its field. */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      const first = list[0];
      return new ProblemException(
        problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is not valid', {
          detail: list.map((e) => e.message).join('; '),
          field: first?.field,
          rule: first?.rule,
          errors: list,
        }),
      );
    },
  });

/** Validates a body whose class depends on the route (e.g. a referral section named in the path). */
export async function validateAs<T extends object>(cls: new () => T, body: unknown): Promise<T> {
  return (await validationPipe().transform(body, { type: 'body', metatype: cls })) as T;
}
