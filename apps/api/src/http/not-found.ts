import { HttpStatus } from '@nestjs/common';
import { problem, ProblemException } from './problem';

/** Another organisation's record and a record that does not exist answer the same way. */
export const notFound = (what: string): ProblemException =>
  new ProblemException(
    problem(
      HttpStatus.NOT_FOUND,
      `${what.toUpperCase()}_NOT_FOUND`,
      `No such ${what.toLowerCase().replace(/_/g, ' ')}`,
    ),
  );

export const forbidden = (code: string, title: string): ProblemException =>
  new ProblemException(problem(HttpStatus.FORBIDDEN, code, title));
