import type { Actor } from '@ap/domain';

/** Who a pupil record belongs to, for scoping reads and writes. */
export type RecordScope = Readonly<{
  commissionerId: string;
  commissionerLa: string;
  homeLa?: string;
  /** Providers the record was sent to. */
  providerIds: readonly string[];
}>;

/**
 * Issue 5 scoping: a school sees what it commissioned; a provider what was sent to it; an LA officer or auditor
 * everything for pupils resident or schooled in its LA; admin manages organisations and sees no pupil records.
 */
export function canSee(actor: Actor, scope: RecordScope): boolean {
  switch (actor.role) {
    case 'school':
      return actor.organisationId === scope.commissionerId;
    case 'provider':
      return scope.providerIds.includes(actor.organisationId);
    case 'la_officer':
    case 'la_auditor':
      return actor.organisationId === scope.commissionerLa || actor.organisationId === scope.homeLa;
    case 'system':
      return true;
    case 'admin':
      return false;
  }
}
