import { providerChoice, providerItems } from './provider-choice.form';
import { parseWithdrawReferral } from './withdraw-referral.form';

describe('the withdraw referral form', () => {
  it('sends the reason, trimmed', () => {
    expect(parseWithdrawReferral({ reason: ' The pupil is returning to school ' })).toEqual({
      ok: true,
      value: { reason: 'The pupil is returning to school' },
    });
  });

  it('asks why the referral is being withdrawn', () => {
    const form = parseWithdrawReferral({ reason: '  ' });
    expect(form.ok ? [] : form.errors).toEqual([
      { field: 'reason', href: '#reason', message: 'Enter why you are withdrawing the referral' },
    ]);
  });
});

describe('sending a declined referral on', () => {
  const providers = [
    { providerId: 'prov-a', name: 'Bridges', registration: 'school', approvedOn: null, currentPupils: 1 },
    { providerId: 'prov-b', name: 'Oak Tree AP', registration: 'ukprn', approvedOn: '2025-01-01', currentPupils: 2 },
  ];

  it('does not offer a provider that already declined', () => {
    expect(providerItems(providers, undefined, ['prov-a']).map((p) => p.value)).toEqual(['', 'prov-b']);
  });

  it('asks for a provider', () => {
    const form = providerChoice({ providerId: '' });
    expect(form.ok ? [] : form.errors.map((e) => e.message)).toEqual(['Select the provider to send the referral to']);
  });
});
