import { RuleViolationError } from '../shared';

/**
 * Who in an organisation hears about what (issue 15): a safeguarding lead, an inclusion team or inbox, an admissions
 * inbox, the LA's virtual school head, and named users of the service.
 */
export const CONTACT_ROLES = [
  'safeguarding_lead',
  'inclusion',
  'admissions',
  'virtual_school_head',
  'named_user',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Immediate emails, or one digest each morning on school days. */
export const DELIVERIES = ['immediate', 'digest'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export type OrganisationContact = Readonly<{
  contactId: string;
  role: ContactRole;
  email: string;
  name?: string;
  /** A named user's subject (the `sub` of their token): their own preference applies to this contact. */
  userId?: string;
  delivery: Delivery;
}>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function checkContact(contact: OrganisationContact): void {
  const fail = (field: string, message: string): never => {
    throw new RuleViolationError('CONTACT_INVALID', message, { field });
  };
  if (!CONTACT_ID.test(contact.contactId)) fail('contactId', 'A contact id is lower-case letters, digits and dashes');
  if (!CONTACT_ROLES.includes(contact.role)) fail('role', `A contact's role is one of ${CONTACT_ROLES.join(', ')}`);
  if (!EMAIL.test(contact.email) || contact.email.length > 254) fail('email', 'Enter an email address');
  if (!DELIVERIES.includes(contact.delivery)) fail('delivery', 'Delivery is immediate or digest');
  if (contact.role === 'named_user' && !contact.userId) fail('userId', 'A named user needs their user id');
}

/** The delivery that applies to a contact: a named user's own preference wins over the organisation's setting. */
export const deliveryOf = (
  contact: OrganisationContact,
  preferences: Readonly<Record<string, Delivery>> | undefined,
): Delivery => (contact.userId && preferences?.[contact.userId]) || contact.delivery;
