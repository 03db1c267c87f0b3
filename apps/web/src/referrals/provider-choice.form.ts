import { checked, FormErrors, type FormResult, type PostedBody } from '../forms/form-result';

export type ProviderEntry = Readonly<{
  providerId: string;
  name: string;
  registration: string;
  approvedOn: string | null;
  currentPupils: number;
}>;

/** Which provider the referral goes to. */
export function providerChoice(body: PostedBody): FormResult<{ providerId: string }> {
  const errors = new FormErrors();
  const providerId = checked(body, 'providerId')[0] ?? '';
  if (!providerId) errors.add('providerId', 'Select the provider to send the referral to');
  return errors.result(() => ({ providerId }));
}

const REGISTRATION: Readonly<Record<string, string>> = {
  school: 'Registered school',
  ukprn: 'Registered provider (UKPRN)',
  unregistered: 'Unregistered provider',
};

/** The directory's providers as select options (accessible-autocomplete turns it into a search box). */
export function providerItems(
  providers: readonly ProviderEntry[],
  chosen: string | undefined,
  declinedBy: readonly string[],
) {
  return [
    { value: '', text: 'Select a provider' },
    ...providers
      .filter((p) => !declinedBy.includes(p.providerId))
      .map((p) => ({
        value: p.providerId,
        text: `${p.name} (${REGISTRATION[p.registration] ?? p.registration}${p.approvedOn ? ', approved by the LA' : ''}, ${p.currentPupils} current ${p.currentPupils === 1 ? 'pupil' : 'pupils'})`,
        selected: p.providerId === chosen,
      })),
  ];
}
