import { ENGLAND_STANDARD_CALENDAR } from '../calendar';
import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata } from '../shared/testing/fixtures';
import { directoryDecider, type DirectoryCommand } from '.';

const spec = DeciderSpecification.for(directoryDecider);
const meta = metadata(LA_ACTOR);
const registerProvider: DirectoryCommand = {
  type: 'RegisterProvider',
  data: { providerId: 'prov-1', name: 'Bridges Learning', laCode: '201', registration: { kind: 'unregistered' } },
  metadata: meta,
};
const checks = { safeguarding: true, healthAndSafety: true, teachingAndLearning: true };

describe('directory', () => {
  it('registers a school with a valid URN and LA code', () => {
    expect(
      spec
        .given([])
        .when({ type: 'RegisterSchool', data: { urn: '100001', name: 'Oak Academy', laCode: '201' }, metadata: meta })
        .events(),
    ).toHaveLength(1);
    spec
      .given([])
      .when({ type: 'RegisterSchool', data: { urn: '10001', name: 'Oak', laCode: '201' }, metadata: meta })
      .thenThrows(RuleViolationError);
  });

  it('registers a provider once; the same details again change nothing, different ones conflict', () => {
    const registered = spec.given([]).when(registerProvider).events();
    spec.given(registered).when(registerProvider).thenNothingHappened();
    spec
      .given(registered)
      .when({ ...registerProvider, data: { ...registerProvider.data, name: 'Other' } } as DirectoryCommand)
      .thenThrows(IllegalStateError);
  });

  it('approves a provider only when the safeguarding, health and safety, and teaching and learning checks are done', () => {
    const registered = spec.given([]).when(registerProvider).events();
    spec
      .given(registered)
      .when({
        type: 'ApproveProvider',
        data: { approvedOn: '2025-09-01', checks: { ...checks, safeguarding: false } },
        metadata: meta,
      })
      .thenThrows(RuleViolationError, (e: RuleViolationError) =>
        expect(e.details['missing']).toEqual(['safeguarding']),
      );
    for (const given of [{}, [], undefined])
      spec
        .given(registered)
        .when({
          type: 'ApproveProvider',
          data: { approvedOn: '2025-09-01', checks: given as never },
          metadata: meta,
        })
        .thenThrows(RuleViolationError, (e: RuleViolationError) =>
          expect(e.details['missing']).toEqual(['safeguarding', 'healthAndSafety', 'teachingAndLearning']),
        );
    spec
      .given(registered)
      .when({ type: 'ApproveProvider', data: { approvedOn: '2025-09-01', checks }, metadata: meta })
      .then([{ type: 'ProviderApproved', data: { approvedOn: '2025-09-01', checks, approvedBy: 'user-la' } }]);
  });

  it('sets an LA’s own deadlines, refusing anything but whole school days from 1 to 60', () => {
    const set = (settings: object): DirectoryCommand =>
      ({ type: 'SetTimelineSettings', data: { settings }, metadata: meta }) as DirectoryCommand;
    spec
      .given([])
      .when(set({ providerResponse: 5 }))
      .then([{ type: 'TimelineSettingsSet', data: { settings: { providerResponse: 5 } } }]);
    spec
      .given([])
      .when(set({ providerResponse: 0 }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(set({ providerResponse: 2.5 }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(set({ lunch: 3 }))
      .thenThrows(RuleViolationError);
  });

  it('publishes a valid calendar', () => {
    expect(
      spec
        .given([])
        .when({ type: 'PublishCalendar', data: { calendar: ENGLAND_STANDARD_CALENDAR }, metadata: meta })
        .events(),
    ).toHaveLength(1);
  });

  describe('contacts for notifications', () => {
    const lead = {
      contactId: 'dsl',
      role: 'safeguarding_lead',
      email: 'dsl@oak.example',
      delivery: 'immediate',
    } as const;
    const setContact = (contact: object): DirectoryCommand =>
      ({ type: 'SetContact', data: { contact }, metadata: meta }) as DirectoryCommand;

    it('keeps a safeguarding lead; the same contact again changes nothing', () => {
      const set = spec.given([]).when(setContact(lead)).events();
      expect(set).toEqual([{ type: 'ContactSet', data: { contact: lead } }]);
      spec.given(set).when(setContact(lead)).thenNothingHappened();
    });

    it('refuses a contact without a valid email address, naming the field', () => {
      spec
        .given([])
        .when(setContact({ ...lead, email: 'not-an-address' }))
        .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('email'));
    });

    it('needs a named user to say which user they are', () => {
      spec
        .given([])
        .when(setContact({ ...lead, role: 'named_user' }))
        .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('userId'));
    });

    it('removes a contact once; removing it again changes nothing', () => {
      const set = spec.given([]).when(setContact(lead)).events();
      const remove = { type: 'RemoveContact', data: { contactId: 'dsl' }, metadata: meta } as DirectoryCommand;
      const removed = spec.given(set).when(remove).events();
      expect(removed).toEqual([{ type: 'ContactRemoved', data: { contactId: 'dsl' } }]);
      spec
        .given([...set, ...removed])
        .when(remove)
        .thenNothingHappened();
    });

    it('records a user’s choice of a morning digest, once', () => {
      const digest = {
        type: 'SetNotificationPreference',
        data: { userId: 'user-1', delivery: 'digest' },
        metadata: meta,
      } as DirectoryCommand;
      const chosen = spec.given([]).when(digest).events();
      expect(chosen).toEqual([{ type: 'NotificationPreferenceSet', data: { userId: 'user-1', delivery: 'digest' } }]);
      spec.given(chosen).when(digest).thenNothingHappened();
    });
  });
});

describe("a provider's checks, offer and places", () => {
  const registered = spec.given([]).when(registerProvider).events();
  const at = (data: object, type: string): DirectoryCommand => ({ type, data, metadata: meta }) as DirectoryCommand;
  const offer = {
    keyStages: ['KS3', 'KS4'],
    specialisms: ['SEMH'],
    hoursPerWeek: 25,
    hours: 'Monday to Friday, 9am to 3pm',
    location: { address: '1 High Street, Leeds', postcode: 'LS1 1AA' },
    contact: { name: 'Sam Patel', email: 'sam@bridges.example' },
  };

  it('records a check with its date, outcome and who did it; the same record again changes nothing', () => {
    const check = at({ check: 'safeguarding', checkedOn: '2025-10-01', outcome: 'passed' }, 'RecordProviderCheck');
    const recorded = spec.given(registered).when(check).events();
    expect(recorded).toEqual([
      {
        type: 'ProviderCheckRecorded',
        data: { check: 'safeguarding', checkedOn: '2025-10-01', outcome: 'passed', checkedBy: LA_ACTOR.id },
      },
    ]);
    spec
      .given([...registered, ...recorded])
      .when(check)
      .thenNothingHappened();
  });

  it('withdraws an approval when a check fails, and approves again only once the check has passed since', () => {
    const approved = [
      ...registered,
      ...spec
        .given(registered)
        .when(at({ approvedOn: '2025-09-01', checks }, 'ApproveProvider'))
        .events(),
    ];
    const failed = spec
      .given(approved)
      .when(at({ check: 'safeguarding', checkedOn: '2025-10-01', outcome: 'failed' }, 'RecordProviderCheck'))
      .events();
    expect(failed.map((e) => e.type)).toEqual(['ProviderCheckRecorded', 'ProviderApprovalWithdrawn']);
    expect(failed[1]!.data).toEqual({
      withdrawnOn: '2025-10-01',
      failedCheck: 'safeguarding',
      withdrawnBy: LA_ACTOR.id,
    });
    // A failure before any approval withdraws nothing.
    expect(
      spec
        .given(registered)
        .when(at({ check: 'safeguarding', checkedOn: '2025-10-01', outcome: 'failed' }, 'RecordProviderCheck'))
        .events()
        .map((e) => e.type),
    ).toEqual(['ProviderCheckRecorded']);
    spec
      .given([...approved, ...failed])
      .when(at({ approvedOn: '2025-10-02', checks }, 'ApproveProvider'))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['failed']).toEqual(['safeguarding']));
    const passed = spec
      .given([...approved, ...failed])
      .when(at({ check: 'safeguarding', checkedOn: '2025-10-02', outcome: 'passed' }, 'RecordProviderCheck'))
      .events();
    expect(
      spec
        .given([...approved, ...failed, ...passed])
        .when(at({ approvedOn: '2025-10-02', checks }, 'ApproveProvider'))
        .events()
        .map((e) => e.type),
    ).toEqual(['ProviderApproved']);
  });

  it('refuses a check dated in the future or of an unknown kind', () => {
    spec
      .given(registered)
      .when(at({ check: 'safeguarding', checkedOn: '2099-01-01', outcome: 'passed' }, 'RecordProviderCheck'))
      .thenThrows(RuleViolationError);
    spec
      .given(registered)
      .when(at({ check: 'fire', checkedOn: '2025-10-01', outcome: 'passed' }, 'RecordProviderCheck'))
      .thenThrows(RuleViolationError);
  });

  it('describes what the provider offers, and refuses an offer without a key stage', () => {
    expect(spec.given(registered).when(at({ offer }, 'DescribeProviderOffer')).events()).toHaveLength(1);
    spec
      .given(registered)
      .when(at({ offer: { ...offer, keyStages: [] } }, 'DescribeProviderOffer'))
      .thenThrows(RuleViolationError);
  });

  it('commissions whole places from a date, and only at a registered provider', () => {
    expect(
      spec
        .given(registered)
        .when(at({ places: 12, from: '2025-09-01' }, 'CommissionPlaces'))
        .events(),
    ).toEqual([{ type: 'ProviderPlacesCommissioned', data: { places: 12, from: '2025-09-01' } }]);
    spec
      .given(registered)
      .when(at({ places: 1.5, from: '2025-09-01' }, 'CommissionPlaces'))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(at({ places: 12, from: '2025-09-01' }, 'CommissionPlaces'))
      .thenThrows(IllegalStateError);
  });
});

describe("an LA's name", () => {
  const name = (laCode: string, value: string): DirectoryCommand => ({
    type: 'NameLocalAuthority',
    data: { laCode, name: value },
    metadata: meta,
  });
  const named = { type: 'LocalAuthorityNamed', data: { laCode: '201', name: 'Northshire County Council' } } as const;

  it('names an LA, trimmed, and naming it the same again changes nothing', () => {
    spec.given([]).when(name('201', '  Northshire County Council ')).then([named]);
    spec.given([named]).when(name('201', 'Northshire County Council')).thenNothingHappened();
  });

  it('renames an LA, the new name replacing the old', () => {
    spec
      .given([named])
      .when(name('201', 'Northshire Council'))
      .then([{ type: 'LocalAuthorityNamed', data: { laCode: '201', name: 'Northshire Council' } }]);
  });

  it('refuses an empty or overlong name, and an LA code that is not 3 digits', () => {
    for (const bad of ['', '   ', 'x'.repeat(121)])
      spec
        .given([])
        .when(name('201', bad))
        .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('name'));
    spec.given([]).when(name('20', 'Northshire')).thenThrows(RuleViolationError);
  });

  it("keeps the name beside the LA's calendar and deadlines", () => {
    const state = [named].reduce(directoryDecider.evolve, directoryDecider.initialState());
    expect(state).toMatchObject({ name: 'Northshire County Council', laCode: '201' });
    expect(state.kind).toBeUndefined();
  });
});
