import fc from 'fast-check';
import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata, PROVIDER_ACTOR, SCHOOL_ACTOR } from '../shared/testing/fixtures';
import { replayFromStorage, runCommands } from '../shared/testing/replay.property';
import { completeSections } from './referral.fixtures';
import { referralDecider, type MissingItem, type ReferralCommand, type ReferralEvent, type SectionInput } from '.';

const spec = DeciderSpecification.for(referralDecider);
const school = metadata(SCHOOL_ACTOR);
const provider = metadata(PROVIDER_ACTOR);

const open = (
  data: Partial<Extract<ReferralCommand, { type: 'OpenReferral' }>['data']> = {},
  meta = school,
): ReferralCommand => ({
  type: 'OpenReferral',
  data: {
    referralId: 'ref-1',
    reason: 'suspension',
    upn: 'B801200005001',
    commissionerLaCode: '201',
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
    ...data,
  },
  metadata: meta,
});
const section = (input: SectionInput): ReferralCommand => ({ type: 'CompleteSection', data: input, metadata: school });
const submit = (providerId = 'prov-1'): ReferralCommand => ({
  type: 'SubmitReferral',
  data: { providerId },
  metadata: school,
});

/** Runs commands from nothing and returns every event: the history a later `given` starts from. */
const history = (...commands: ReferralCommand[]): ReferralEvent[] => runCommands(referralDecider, commands).events;
const drafted = history(open(), ...completeSections().map(section));
const submitted = history(open(), ...completeSections().map(section), submit());

describe('referral: not yet opened', () => {
  it('opens a referral for the school that commissions it', () => {
    const [event] = spec.given([]).when(open()).events();
    expect(event).toMatchObject({
      type: 'ReferralOpened',
      data: { commissioner: { kind: 'school', organisationId: '100001', laCode: '201' }, reason: 'suspension' },
    });
  });

  it('lets the LA, not a school, open a referral for illness, and either for a permanent exclusion', () => {
    const pex = {
      reason: 'permanent_exclusion' as const,
      exclusion: { exclusionType: 'PERM' as const, firstDay: '2025-11-03', reasons: ['PA' as const] },
    };
    spec
      .given([])
      .when(open({ reason: 'illness', exclusion: undefined }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('WRONG_COMMISSIONER'));
    expect(spec.given([]).when(open(pex)).events()[0]!.data).toMatchObject({ commissioner: { kind: 'school' } });
    expect(
      spec
        .given([])
        .when(open(pex, metadata(LA_ACTOR)))
        .events()[0]!.data,
    ).toMatchObject({ commissioner: { kind: 'la' } });
  });

  it('refuses a provider opening a referral', () => {
    spec.given([]).when(open({}, provider)).thenThrows(RuleViolationError);
  });

  it('requires the exclusion details for a suspension', () => {
    spec
      .given([])
      .when(open({ exclusion: undefined }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('EXCLUSION_DETAILS_REQUIRED'));
  });

  it('refuses a UPN with the wrong check letter', () => {
    spec
      .given([])
      .when(open({ upn: 'C801200005001' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) =>
        expect(e.details).toMatchObject({ rule: 'WRONG_CHECK_LETTER' }),
      );
  });

  it('refuses any other command', () => {
    spec.given([]).when(submit()).thenThrows(IllegalStateError);
  });
});

describe('referral: draft', () => {
  it('refuses submission listing every missing item by name', () => {
    spec
      .given(history(open()))
      .when(submit())
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect(e.code).toBe('REFERRAL_INCOMPLETE');
        const items = (e.details['missing'] as MissingItem[]).map((m) => m.item);
        expect(items).toEqual(
          expect.arrayContaining([
            'identity',
            'safeguarding',
            'sen',
            'attendance',
            'attainment',
            'parental.consentGiven',
            'nextStep',
          ]),
        );
      });
  });

  it('refuses submission when attendance is more than six months old, naming it as out of date', () => {
    const stale = history(open(), ...completeSections('2025-04-01').map(section));
    spec
      .given(stale)
      .when(submit())
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect(e.details['missing']).toEqual([
          expect.objectContaining({ item: 'attendance.asOf', problem: 'out_of_date' }),
          expect.objectContaining({ item: 'attainment.asOf', problem: 'out_of_date' }),
        ]);
      });
  });

  it('requires the social worker when there is a child-in-need plan, and the virtual school head for a looked-after child', () => {
    const safeguarding: SectionInput = {
      section: 'safeguarding',
      content: { dsl: { name: 'D' }, childProtectionPlan: true, childInNeedPlan: false, lookedAfter: true },
    };
    spec
      .given([...drafted, ...history(open(), section(safeguarding)).slice(1)])
      .when(submit())
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect((e.details['missing'] as MissingItem[]).map((m) => m.item)).toEqual([
          'safeguarding.socialWorker',
          'safeguarding.virtualSchoolHead',
        ]);
      });
  });

  it('requires the EHC plan caseworker when the pupil has an EHC plan', () => {
    const sen: SectionInput = { section: 'sen', content: { provision: 'E', primaryNeed: 'ASD' } };
    spec
      .given([...drafted, ...history(open(), section(sen)).slice(1)])
      .when(submit())
      .thenThrows(RuleViolationError);
  });

  it('submits a complete referral to a provider', () => {
    spec
      .given(drafted)
      .when(submit())
      .then([{ type: 'ReferralSubmitted', data: { providerId: 'prov-1', submittedAt: school.now } }]);
  });

  it('treats completing a section with the same content again as nothing happening', () => {
    spec.given(drafted).when(section(completeSections()[0]!)).thenNothingHappened();
  });
});

describe('referral: submitted', () => {
  const request: ReferralCommand = {
    type: 'RequestInformation',
    data: { requestId: 'rq-1', items: ['medical'] },
    metadata: provider,
  };
  const accept = (hoursPerWeek = 25, startDate = '2025-11-06'): ReferralCommand => ({
    type: 'AcceptReferral',
    data: { startDate, hoursPerWeek },
    metadata: provider,
  });

  it('refuses changing a section once submitted', () => {
    spec.given(submitted).when(section(completeSections()[6]!)).thenThrows(IllegalStateError);
  });

  it('lets the provider request information, naming the items', () => {
    expect(spec.given(submitted).when(request).events()).toEqual([
      {
        type: 'InformationRequested',
        data: { requestId: 'rq-1', providerId: 'prov-1', items: ['medical'], requestedAt: provider.now },
      },
    ]);
  });

  it('records the commissioner answer and the sections it updated', () => {
    const answer: ReferralCommand = {
      type: 'ProvideInformation',
      data: { requestId: 'rq-1', sections: [{ section: 'medical', content: { needs: 'Asthma' } }] },
      metadata: school,
    };
    const events = spec
      .given([...submitted, ...spec.given(submitted).when(request).events()])
      .when(answer)
      .events();
    expect(events.map((e) => e.type)).toEqual(['ReferralSectionCompleted', 'InformationProvided']);
  });

  it('refuses an answer that replaces a section with one that no longer meets the completeness rules', () => {
    const answer: ReferralCommand = {
      type: 'ProvideInformation',
      data: {
        requestId: 'rq-1',
        sections: [{ section: 'parental', content: { contact: { name: 'Pat' }, consentGiven: false } }],
      },
      metadata: school,
    } as ReferralCommand;
    spec
      .given([...submitted, ...spec.given(submitted).when(request).events()])
      .when(answer)
      .thenThrows(RuleViolationError, (e: RuleViolationError) =>
        expect(e.details['missing']).toEqual([{ item: 'parental.consentGiven', problem: 'missing' }]),
      );
  });

  it('refuses an answer that updates no section and adds no note, naming the field and the rule', () => {
    const asked = [...submitted, ...spec.given(submitted).when(request).events()];
    for (const note of [undefined, '', '   ']) {
      const answer: ReferralCommand = {
        type: 'ProvideInformation',
        data: { requestId: 'rq-1', sections: [], ...(note === undefined ? {} : { note }) },
        metadata: school,
      };
      spec
        .given(asked)
        .when(answer)
        .thenThrows(RuleViolationError, (e: RuleViolationError) => {
          expect(e.code).toBe('ANSWER_EMPTY');
          expect(e.details).toEqual({ field: 'sections', rule: 'section-or-note' });
        });
    }
  });

  it('records an answer that is a note on its own', () => {
    const answer: ReferralCommand = {
      type: 'ProvideInformation',
      data: { requestId: 'rq-1', sections: [], note: 'Care plan posted today' },
      metadata: school,
    };
    expect(
      spec
        .given([...submitted, ...spec.given(submitted).when(request).events()])
        .when(answer)
        .events(),
    ).toEqual([
      {
        type: 'InformationProvided',
        data: { requestId: 'rq-1', sections: [], note: 'Care plan posted today', providedAt: school.now },
      },
    ]);
  });

  it('treats a retried information request that was already answered as nothing happening', () => {
    const answer: ReferralCommand = {
      type: 'ProvideInformation',
      data: { requestId: 'rq-1', sections: [], note: 'Care plan posted today' },
      metadata: school,
    };
    const answered = runCommands(referralDecider, [
      open(),
      ...completeSections().map(section),
      submit(),
      request,
      answer,
    ]).events;
    spec.given(answered).when(request).thenNothingHappened();
  });

  it('accepts full-time when the hours meet the benchmark for the year group', () => {
    expect(spec.given(submitted).when(accept(24)).events()[0]!.data).toMatchObject({
      fullTime: true,
      hoursPerWeek: 24,
    });
  });

  it('accepts part-time only with the part-time terms, and never to manage behaviour', () => {
    spec
      .given(submitted)
      .when(accept(15))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PART_TIME_TERMS_REQUIRED'));
    const partTime = {
      reason: 'medical' as const,
      detail: 'Anxiety',
      parentalAgreement: true,
      reviewDate: '2025-11-20',
      endDate: '2025-12-19',
    };
    const withTerms: ReferralCommand = {
      type: 'AcceptReferral',
      data: { startDate: '2025-11-06', hoursPerWeek: 15, partTime },
      metadata: provider,
    };
    expect(spec.given(submitted).when(withTerms).events()[0]!.data).toMatchObject({ fullTime: false, partTime });
    const behaviour: ReferralCommand = {
      ...withTerms,
      data: { ...withTerms.data, partTime: { ...partTime, reason: 'manage_behaviour' } },
    } as ReferralCommand;
    spec.given(submitted).when(behaviour).thenThrows(RuleViolationError);
  });

  it('refuses acceptance by an unregistered provider that would cross the registration threshold', () => {
    const atLimit: ReferralCommand = {
      type: 'AcceptReferral',
      data: {
        startDate: '2025-11-06',
        hoursPerWeek: 25,
        provider: { registered: false, fullTimeRoll: { fullTimePupils: 4, fullTimeLookedAfterOrEhcp: 0 } },
      },
      metadata: provider,
    };
    spec
      .given(submitted)
      .when(atLimit)
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PROVIDER_MUST_REGISTER'));
  });

  it('refuses a start date in the past', () => {
    spec.given(submitted).when(accept(25, '2025-10-01')).thenThrows(RuleViolationError);
  });

  it('declines with a reason, and the school sends it on to another provider without re-entering it', () => {
    const declined = [
      ...submitted,
      ...spec
        .given(submitted)
        .when({ type: 'DeclineReferral', data: { reason: 'No places' }, metadata: provider })
        .events(),
    ];
    spec
      .given(declined)
      .when({ type: 'RedirectReferral', data: { providerId: 'prov-2' }, metadata: school })
      .then([
        {
          type: 'ReferralSubmitted',
          data: { providerId: 'prov-2', previousProviderId: 'prov-1', submittedAt: school.now },
        },
      ]);
    spec
      .given(declined)
      .when({ type: 'RedirectReferral', data: { providerId: 'prov-1' }, metadata: school })
      .thenThrows(RuleViolationError);
  });
});

describe('referral: withdrawn or accepted', () => {
  const withdrawn = [
    ...submitted,
    ...spec
      .given(submitted)
      .when({ type: 'WithdrawReferral', data: { reason: 'Reinstated' }, metadata: school })
      .events(),
  ];

  it('refuses accepting a withdrawn referral', () => {
    spec
      .given(withdrawn)
      .when({ type: 'AcceptReferral', data: { startDate: '2025-11-06', hoursPerWeek: 25 }, metadata: provider })
      .thenThrows(IllegalStateError);
  });

  it('treats withdrawing twice as nothing happening', () => {
    spec
      .given(withdrawn)
      .when({ type: 'WithdrawReferral', data: { reason: 'again' }, metadata: school })
      .thenNothingHappened();
  });

  it('refuses withdrawing an accepted referral (end the placement instead)', () => {
    const accepted = [
      ...submitted,
      ...spec
        .given(submitted)
        .when({ type: 'AcceptReferral', data: { startDate: '2025-11-06', hoursPerWeek: 25 }, metadata: provider })
        .events(),
    ];
    spec
      .given(accepted)
      .when({ type: 'WithdrawReferral', data: { reason: 'x' }, metadata: school })
      .thenThrows(IllegalStateError);
  });
});

describe('referral: replay', () => {
  it('gives the same state when the events it produced are replayed from storage', () => {
    const all: ReferralCommand[] = [
      open(),
      ...completeSections().map(section),
      submit(),
      { type: 'RequestInformation', data: { requestId: 'rq-1', items: ['sen'] }, metadata: provider },
      { type: 'ProvideInformation', data: { requestId: 'rq-1', sections: [], note: 'Posted' }, metadata: school },
      { type: 'DeclineReferral', data: { reason: 'Full' }, metadata: provider },
      { type: 'RedirectReferral', data: { providerId: 'prov-2' }, metadata: school },
      { type: 'AcceptReferral', data: { startDate: '2025-11-10', hoursPerWeek: 20 }, metadata: provider },
      { type: 'WithdrawReferral', data: { reason: 'x' }, metadata: school },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { maxLength: 25 }), (commands) => {
        const { state, events } = runCommands(referralDecider, [open(), ...commands]);
        expect(replayFromStorage(referralDecider, events)).toEqual(state);
      }),
    );
  });
});
