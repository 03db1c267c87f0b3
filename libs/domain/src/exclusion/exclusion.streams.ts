/**
 * One organisation's exclusion records for one pupil: `<org>` is the excluding school's URN (its exclusions, its
 * duties' exceptions and notices) or an LA code (the LA's own records for the duties it holds). Id: `<org>-<upn>`.
 */
export const exclusionRecordsId = (organisationId: string, upn: string): string => `${organisationId}-${upn}`;
export const exclusionStreamId = (recordsId: string): string => `exclusions-${recordsId}`;
/** Schema 1 kept every school's and LA's exclusions of a pupil in one stream; read only by the migration. */
export const legacyExclusionStreamId = (upn: string): string => `exclusions-${upn}`;
/** The organisation and pupil a records stream id belongs to (`exclusions-<org>-<upn>`). */
export function exclusionRecordsOwner(streamId: string): { organisationId: string; upn: string } | undefined {
  const match = /^exclusions-([^-]+)-([^-]+)$/.exec(streamId);
  return match ? { organisationId: match[1]!, upn: match[2]! } : undefined;
}
