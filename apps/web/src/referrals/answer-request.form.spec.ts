import { answerValues, NOTHING_ANSWERED, parseAnswer } from './answer-request.form';

const referral = {
  openRequest: { items: ['medical', 'attendance'] },
  sections: {
    medical: { needs: 'Asthma: inhaler in bag' },
    attendance: { percent: 71.5, asOf: '2025-10-20' },
    behaviour: { summary: 'Not asked about' },
  },
};

/** What the answer page posts when the school sends it as it was shown. */
const unchanged = {
  'medical-needs': 'Asthma: inhaler in bag',
  'attendance-percent': '71.5',
  'attendance-asOf-day': '20',
  'attendance-asOf-month': '10',
  'attendance-asOf-year': '2025',
  note: '',
};

describe('the answer to an information request', () => {
  it("shows the requested sections' current answers", () => {
    expect(answerValues(referral)).toEqual({
      'medical-needs': 'Asthma: inhaler in bag',
      'attendance-percent': '71.5',
      'attendance-asOf-day': '20',
      'attendance-asOf-month': '10',
      'attendance-asOf-year': '2025',
    });
  });

  it('refuses an answer that changes nothing, confirms nothing and adds no note', () => {
    expect(parseAnswer(referral, unchanged)).toEqual({
      ok: false,
      errors: [{ field: 'note', href: '#note', message: NOTHING_ANSWERED }],
    });
    expect(NOTHING_ANSWERED).toBe('Update the requested sections or add a note for the provider');
  });

  it('sends only the sections the school changed', () => {
    expect(parseAnswer(referral, { ...unchanged, 'attendance-percent': '74' })).toEqual({
      ok: true,
      value: { sections: [{ section: 'attendance', content: { percent: 74, asOf: '2025-10-20' } }] },
    });
  });

  it('sends a note on its own, or every requested section when the school confirms they are right', () => {
    expect(parseAnswer(referral, { ...unchanged, note: 'Certificate posted today' })).toEqual({
      ok: true,
      value: { sections: [], note: 'Certificate posted today' },
    });
    const confirmed = parseAnswer(referral, { ...unchanged, confirmed: 'yes' });
    expect(confirmed.ok && confirmed.value.sections.map((s) => s.section)).toEqual(['medical', 'attendance']);
  });

  it("still checks each section's answers", () => {
    const emptied = parseAnswer(referral, { ...unchanged, 'medical-needs': '' });
    expect(!emptied.ok && emptied.errors.map((e) => e.field)).toEqual(['medical-needs']);
  });
});
