/**
 * Validation messages for people, in the GOV.UK style ("Enter the pupil's full name"), built from the field and the
 * class-validator rule that failed; the field and the rule stay on each error for machines. The original message
 * supplies the numbers and choices (e.g. "must not be greater than 100").
 */
const LABELS: Record<string, string> = {
  upn: "pupil's UPN",
  fullName: "pupil's full name",
  dateOfBirth: "pupil's date of birth",
  yearGroup: "pupil's year group",
  homeLaCode: "pupil's home LA code",
  laCode: 'LA code',
  urn: 'school URN',
  schoolUrn: 'school URN',
  providerId: 'provider',
  dsl: 'designated safeguarding lead',
  sen: 'SEN details',
  asOf: 'date the figures are as of',
  hoursPerWeek: 'hours per week',
};

/** `exclusion.firstDay` → "first day"; known fields have their own words. */
export function fieldLabel(field: string): string {
  const last =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? field;
  return LABELS[last] ?? last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const numberIn = (message: string): string => /(-?\d+(\.\d+)?)\s*$/.exec(message)?.[1] ?? '';
const choicesIn = (message: string): string => message.split(/following values:\s*/)[1] ?? '';

const SENTENCES: Record<string, (label: string, original: string, field: string) => string> = {
  isNotEmpty: (l) => `Enter the ${l}`,
  isDefined: (l) => `Enter the ${l}`,
  isString: (l) => `Enter the ${l} as text`,
  maxLength: (l, o) => `The ${l} must be ${numberIn(o.replace(/ characters$/, '')) || 'fewer'} characters or fewer`,
  minLength: (l, o) => `The ${l} must be at least ${numberIn(o.replace(/ characters$/, ''))} characters`,
  isIsoDate: (l) => `Enter the ${l} as a date, like 2026-03-02`,
  isIso8601: (l) => `Enter the ${l} as a date and time, like 2026-03-02T09:00:00Z`,
  isIn: (l, o) => `Choose the ${l} from: ${choicesIn(o)}`,
  min: (l, o) => `The ${l} must be ${numberIn(o)} or more`,
  max: (l, o) => `The ${l} must be ${numberIn(o)} or less`,
  isInt: (l) => `Enter the ${l} as a whole number`,
  isNumber: (l) => `Enter the ${l} as a number`,
  isBoolean: (l) => `Say whether the ${l} applies: true or false`,
  isArray: (l) => `Give the ${l} as a list`,
  arrayMinSize: (l, o) => `Give at least ${numberIn(o.replace(/ elements$/, ''))} ${l}`,
  arrayMaxSize: (l, o) => `Give no more than ${numberIn(o.replace(/ elements$/, ''))} ${l}`,
  isObject: (l) => `Give the ${l} as an object`,
  nestedValidation: (l) => `Give the ${l} as an object`,
  isUpn: () => "Enter the pupil's UPN: 13 characters, starting with the right check letter",
  isUrn: (l) => `Enter the ${l}: 6 digits`,
  isLaCode: (l) => `Enter the ${l}: 3 digits`,
  matches: (l) => `Enter the ${l} in the expected format`,
  whitelistValidation: (_l, _o, field) => `Remove ${field}: the request has no such field`,
};

/** The sentence for one broken rule; an unknown rule keeps class-validator's own words, capitalised. */
export function validationSentence(field: string, rule: string, original: string): string {
  const sentence = SENTENCES[rule];
  if (sentence) return sentence(fieldLabel(field), original, field);
  return original.charAt(0).toUpperCase() + original.slice(1);
}
