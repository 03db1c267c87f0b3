import { parseDate } from '../forms/date-input';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';

export const KEY_STAGES = ['KS1', 'KS2', 'KS3', 'KS4', 'KS5'] as const;
/** Specialisms offered as checkboxes; anything else is typed under "Other specialisms". */
export const COMMON_SPECIALISMS = [
  'SEMH',
  'Autism',
  'Speech, language and communication',
  'Medical needs',
  'Moderate learning difficulties',
] as const;

export type OfferBody = Readonly<{
  keyStages: string[];
  specialisms: string[];
  hoursPerWeek: number;
  hours: string;
  location: { address: string; postcode: string };
  contact: { name: string; email?: string; phone?: string };
}>;
export type PlacesBody = Readonly<{ places: number; from: string }>;

const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function required(body: PostedBody, name: string, errors: FormErrors, missing: string, max: number, label: string) {
  const value = text(body, name);
  if (value === '') errors.add(name, missing);
  else if (value.length > max) errors.add(name, `${label} must be ${max} characters or fewer`);
  return value;
}

function readSpecialisms(body: PostedBody, errors: FormErrors): string[] {
  const others = text(body, 'otherSpecialisms')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (others.some((s) => s.length > 60))
    errors.add('otherSpecialisms', 'Each other specialism must be 60 characters or fewer');
  const all = [...new Set([...checked(body, 'specialisms'), ...others])];
  if (all.length > 20) errors.add('otherSpecialisms', 'Enter no more than 20 specialisms');
  return all;
}

function readContact(body: PostedBody, errors: FormErrors): OfferBody['contact'] {
  const name = required(body, 'contactName', errors, 'Enter the name of the contact', 200, 'The contact’s name');
  const email = text(body, 'contactEmail');
  if (email !== '' && (!EMAIL.test(email) || email.length > 200))
    errors.add('contactEmail', 'Enter an email address in the correct format, like name@example.com');
  const phone = text(body, 'contactPhone');
  if (phone !== '' && !/^[\d\s()+-]{6,30}$/.test(phone))
    errors.add('contactPhone', 'Enter a telephone number, like 01632 960 001');
  return { name, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

/** What a provider offers: key stages, specialisms (such as SEMH), hours, where it is and whom to contact. */
export function readOfferForm(body: PostedBody): FormResult<OfferBody> {
  const errors = new FormErrors();
  const keyStages = checked(body, 'keyStages').filter((k) => (KEY_STAGES as readonly string[]).includes(k));
  if (keyStages.length === 0) errors.add('keyStages', 'Select the key stages the provider teaches');
  const specialisms = readSpecialisms(body, errors);
  const given = text(body, 'hoursPerWeek');
  const hoursPerWeek = Number(given);
  if (given === '') errors.add('hoursPerWeek', 'Enter the hours a week the provider teaches each pupil');
  else if (!/^\d+(\.\d+)?$/.test(given)) errors.add('hoursPerWeek', 'Hours a week must be a number, like 25');
  else if (hoursPerWeek < 0.5 || hoursPerWeek > 40)
    errors.add('hoursPerWeek', 'Hours a week must be between 0.5 and 40');
  const hours = required(body, 'hours', errors, 'Enter the days and times the provider is open', 200, 'Opening times');
  const address = required(body, 'address', errors, 'Enter the address', 300, 'The address');
  const postcode = text(body, 'postcode').toUpperCase();
  if (postcode === '') errors.add('postcode', 'Enter the postcode');
  else if (!UK_POSTCODE.test(postcode)) errors.add('postcode', 'Enter a real postcode, like LS1 1AA');
  const contact = readContact(body, errors);
  return errors.result(() => ({
    keyStages,
    specialisms,
    hoursPerWeek,
    hours,
    location: { address, postcode },
    contact,
  }));
}

/** The places the LA commissions at the provider, from a date. */
export function readPlacesForm(body: PostedBody): FormResult<PlacesBody> {
  const errors = new FormErrors();
  const given = text(body, 'places');
  if (given === '') errors.add('places', 'Enter the number of places commissioned');
  else if (!/^\d+$/.test(given)) errors.add('places', 'Places must be a whole number, like 12');
  else if (Number(given) > 1000) errors.add('places', 'Places must be 1,000 or fewer');
  const from = parseDate(body, 'placesFrom', errors, {
    missing: 'Enter the date the places start',
    label: 'the date the places start',
  });
  return errors.result(() => ({ places: Number(given), from: from! }));
}
