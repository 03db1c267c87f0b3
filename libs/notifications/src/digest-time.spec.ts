import { ENGLAND_STANDARD_CALENDAR } from '@ap/domain';
import { nextDigestAt } from './digest-time';

describe('the morning digest', () => {
  it('goes the same morning when the event comes before the digest time on a school day', () => {
    expect(nextDigestAt(ENGLAND_STANDARD_CALENDAR, '2025-11-04T06:00:00.000Z', '07:00')).toBe(
      '2025-11-04T07:00:00.000Z',
    );
  });

  it('goes the next school morning when the event comes after the digest time', () => {
    expect(nextDigestAt(ENGLAND_STANDARD_CALENDAR, '2025-11-04T09:00:00.000Z', '07:00')).toBe(
      '2025-11-05T07:00:00.000Z',
    );
  });

  it('waits over a weekend for Monday', () => {
    expect(nextDigestAt(ENGLAND_STANDARD_CALENDAR, '2025-11-07T10:00:00.000Z', '07:00')).toBe(
      '2025-11-10T07:00:00.000Z',
    );
  });

  it('waits over half term for the first school day back', () => {
    expect(nextDigestAt(ENGLAND_STANDARD_CALENDAR, '2025-10-24T10:00:00.000Z', '07:00')).toBe(
      '2025-11-03T07:00:00.000Z',
    );
  });
});
