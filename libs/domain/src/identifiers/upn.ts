import { RuleViolationError } from '../shared';
import { isUpnLaCode } from './la-codes';

/**
 * Unique Pupil Number (REFERENCE.md §2.1; python-stdnum gb/upn, CIN validator rule 1510).
 * Lower-case input is rejected as UNKNOWN_CHARACTERS: the API upper-cases before validating, so the domain
 * only ever sees (and stores) the canonical upper-case form.
 */
export type UpnValidation =
  { valid: true; kind: 'permanent' | 'temporary' } | { valid: false; reason: UpnProblem; message: string };

type UpnProblem = 'WRONG_LENGTH' | 'UNKNOWN_CHARACTERS' | 'WRONG_CHECK_LETTER' | 'UNKNOWN_LA_CODE';

/** Check-letter table, value 0..22 (I, O and S are never used). */
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const UPN_LENGTH = 13;
// §2.1: check letter + 11 digits + a digit or (temporary UPN) a table letter.
const UPN_PATTERN = /^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$/;
const UPN_BODY_PATTERN = /^[0-9]{11}[0-9A-HJ-NP-RT-Z]$/;

/** The check letter for characters 2..13 of a UPN (weights 2..13, sum mod 23; a final letter takes its table value). */
export function upnCheckLetter(last12: string): string {
  if (!UPN_BODY_PATTERN.test(last12)) {
    throw new RuleViolationError(
      'INVALID_UPN_BODY',
      `A UPN body is 11 digits then a digit or check-table letter, got "${last12}"`,
    );
  }
  const sum = [...last12].reduce((total, char, index) => total + characterValue(char) * (index + 2), 0);
  return UPN_CHECK_LETTERS[sum % 23]!;
}

export function validateUpn(value: string): UpnValidation {
  if (value.length !== UPN_LENGTH) {
    return invalid('WRONG_LENGTH', `A UPN has 13 characters; this has ${value.length}`);
  }
  if (!UPN_PATTERN.test(value)) {
    return invalid(
      'UNKNOWN_CHARACTERS',
      'A UPN is an upper-case check letter, 11 digits, then a digit or letter (no I, O or S)',
    );
  }
  const expected = upnCheckLetter(value.slice(1));
  if (value[0] !== expected) {
    return invalid('WRONG_CHECK_LETTER', `The check letter should be ${expected}, not ${value[0]}`);
  }
  // DfE rule 1530: characters 2–4 are the LA code of the issuing school.
  if (!isUpnLaCode(value.slice(1, 4))) {
    return invalid('UNKNOWN_LA_CODE', `Characters 2 to 4 (${value.slice(1, 4)}) are not a DfE local authority code`);
  }
  return { valid: true, kind: /[A-Z]$/.test(value) ? 'temporary' : 'permanent' };
}

export function isValidUpn(value: string): boolean {
  return validateUpn(value).valid;
}

function characterValue(char: string): number {
  return /[0-9]/.test(char) ? Number(char) : UPN_CHECK_LETTERS.indexOf(char);
}

function invalid(reason: UpnProblem, message: string): UpnValidation {
  return { valid: false, reason, message };
}
