import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate, isValidLaCode, isValidUrn, validateUpn } from '@ap/domain';

/** class-validator rules that call the domain's own checks, so the API and the domain never disagree. */
function domainRule(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: test },
    });
}

export const IsUpn = domainRule(
  'isUpn',
  (v) => typeof v === 'string' && validateUpn(v).valid,
  '$property must be a valid UPN (13 characters with the right check letter)',
);
export const IsIsoDate = domainRule(
  'isIsoDate',
  (v) => typeof v === 'string' && isIsoDate(v),
  '$property must be a date as YYYY-MM-DD',
);
export const IsUrn = domainRule(
  'isUrn',
  (v) => typeof v === 'string' && isValidUrn(v),
  '$property must be a URN (6 digits)',
);
export const IsLaCode = domainRule(
  'isLaCode',
  (v) => typeof v === 'string' && isValidLaCode(v),
  '$property must be an LA code (3 digits)',
);
