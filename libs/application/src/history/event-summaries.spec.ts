import { summarise } from './event-summaries';

describe('history summaries', () => {
  it('names referral sections as the pages do, never by their codes', () => {
    expect(summarise('InformationRequested', { items: ['sen.ehcpCaseworker', 'sen', 'attendance'] })).toBe(
      'Provider asked for: Special educational needs, Attendance',
    );
    expect(summarise('InformationProvided', { sections: ['nextStep'] })).toBe(
      'Information provided (Plan after the placement)',
    );
    expect(summarise('InformationProvided', { sections: [] })).toBe('Information provided (note only)');
    expect(summarise('ReferralSectionCompleted', { section: 'parental' })).toBe('Section "Parent or carer" completed');
  });
});
