import { presentProvider, providerFormValues } from './la-directory.presenter';
import { readOfferForm, readPlacesForm } from './la-provider.form';

const OFFER = {
  keyStages: ['KS3', 'KS4'],
  specialisms: ['SEMH'],
  otherSpecialisms: 'vocational, SEMH',
  hoursPerWeek: '25',
  hours: 'Monday to Friday, 9am to 3pm',
  address: '1 High Street, London',
  postcode: 'ec1a 1aa',
  contactName: 'Sam Patel',
  contactEmail: 'sam@bridges.example',
  contactPhone: '',
};

describe("the provider's offer form", () => {
  it('sends key stages, specialisms (ticked and typed, once each), hours, location and contact', () => {
    expect(readOfferForm(OFFER)).toEqual({
      ok: true,
      value: {
        keyStages: ['KS3', 'KS4'],
        specialisms: ['SEMH', 'vocational'],
        hoursPerWeek: 25,
        hours: 'Monday to Friday, 9am to 3pm',
        location: { address: '1 High Street, London', postcode: 'EC1A 1AA' },
        contact: { name: 'Sam Patel', email: 'sam@bridges.example' },
      },
    });
  });

  it('takes a single ticked key stage as a list of one', () => {
    const read = readOfferForm({ ...OFFER, keyStages: 'KS2' });
    expect(read.ok && read.value.keyStages).toEqual(['KS2']);
  });

  it('says what to fix for each missing or wrong answer', () => {
    const read = readOfferForm({
      ...OFFER,
      keyStages: [],
      hoursPerWeek: '45',
      hours: '',
      postcode: 'not a postcode',
      contactName: '',
      contactEmail: 'sam',
    });
    expect(read.ok ? [] : read.errors.map((e) => [e.field, e.message])).toEqual([
      ['keyStages', 'Select the key stages the provider teaches'],
      ['hoursPerWeek', 'Hours a week must be between 0.5 and 40'],
      ['hours', 'Enter the days and times the provider is open'],
      ['postcode', 'Enter a real postcode, like LS1 1AA'],
      ['contactName', 'Enter the name of the contact'],
      ['contactEmail', 'Enter an email address in the correct format, like name@example.com'],
    ]);
  });
});

describe('the commissioned places form', () => {
  it('sends the number of places and the date they start', () => {
    expect(
      readPlacesForm({ places: '12', 'placesFrom-day': '1', 'placesFrom-month': '9', 'placesFrom-year': '2025' }),
    ).toEqual({ ok: true, value: { places: 12, from: '2025-09-01' } });
  });

  it('asks for a whole number of places and the start date', () => {
    const read = readPlacesForm({ places: '2.5' });
    expect(read.ok ? [] : read.errors.map((e) => [e.field, e.message])).toEqual([
      ['places', 'Places must be a whole number, like 12'],
      ['placesFrom', 'Enter the date the places start'],
    ]);
  });
});

describe('the forms filled from the directory', () => {
  it('splits the specialisms into the ticked ones and the others, and the start date into its parts', () => {
    const values = providerFormValues({
      offer: {
        keyStages: ['KS4'],
        specialisms: ['SEMH', 'vocational'],
        hours: 'Mornings',
        hoursPerWeek: 15,
        location: { address: '1 High Street', postcode: 'EC1A 1AA' },
        contact: { name: 'Sam Patel' },
      },
      places: { commissioned: 4, from: '2025-09-01', currentPupils: 1, available: 3 },
    });
    expect(values).toMatchObject({
      specialisms: ['SEMH'],
      otherSpecialisms: 'vocational',
      hoursPerWeek: '15',
      contactEmail: '',
      places: '4',
      'placesFrom-day': '1',
      'placesFrom-month': '9',
      'placesFrom-year': '2025',
    });
  });
});

describe("the provider's summary", () => {
  it('says how many places are commissioned from when, and how many pupils fill them', () => {
    const summary = presentProvider({
      providerId: 'prov-bridges',
      name: 'Bridges',
      approval: null,
      checks: {},
      offer: null,
      places: { commissioned: 6, from: '2025-09-01', currentPupils: 1, available: 5 },
    }).summary;
    expect(summary.find((row) => row.key.text === 'Places')?.value.text).toBe(
      '6 commissioned from 1 Sept 2025, 1 current pupil, 5 available',
    );
  });
});
