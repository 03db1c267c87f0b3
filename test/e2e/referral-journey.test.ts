import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const OTHER_SCHOOL: Caller = { role: 'school', org: '100002', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const AUDITOR: Caller = { role: 'la_auditor', org: '201', la: '201' };

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  expect(
    (await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' })).status,
  ).toBe(201);
  await app.request(LA, 'POST', '/schools', { urn: '100002', name: 'Ash School', laCode: '201' });
  const provider = await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges Learning',
    laCode: '201',
    registration: 'ukprn',
    ukprn: '10012345',
  });
  expect(provider.status).toBe(201);
});

afterAll(async () => {
  await app?.stop();
});

async function draftReferral(caller: Caller = SCHOOL): Promise<string> {
  const opened = await app.request(caller, 'POST', '/referrals', {
    reason: 'suspension',
    upn: 'B801200005001',
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
  });
  expect(opened.status).toBe(201);
  return opened.body.referralId as string;
}

async function completeAll(id: string): Promise<void> {
  for (const { section, content } of completeSections()) {
    const done = await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, content);
    expect(done.status).toBe(200);
  }
}

describe('the referral journey over HTTP', () => {
  it('takes a referral from draft to a started placement with its induction', async () => {
    const id = await draftReferral();
    const refused = await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('REFERRAL_INCOMPLETE');
    expect(refused.body.missing.map((m: { item: string }) => m.item)).toContain('safeguarding');

    await completeAll(id);
    expect((await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' })).status).toBe(
      200,
    );

    await app.settle();
    const inbox = await app.request(PROVIDER, 'GET', '/providers/me/inbox');
    expect(inbox.body.items.map((r: { referralId: string }) => r.referralId)).toContain(id);

    const asked = await app.request(PROVIDER, 'POST', `/referrals/${id}/information-requests`, {
      items: ['medical'],
      note: 'Please send the latest care plan',
    });
    expect(asked.status).toBe(201);
    // The school reads the provider's note with the request, when it was asked and when the answer is due (the
    // referral's timelines set the due date after the request, so it is read once they have).
    const seen = await eventually(
      async () => {
        const read = await app.request(SCHOOL, 'GET', `/referrals/${id}`);
        return read.body.openRequest?.dueBy ? read : undefined;
      },
      10_000,
      'the information request due date',
    );
    expect(seen.body.openRequest).toEqual({
      requestId: asked.body.requestId,
      items: ['medical'],
      note: 'Please send the latest care plan',
      requestedAt: '2025-11-03T08:00:00.000Z',
      dueBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const answered = await app.request(
      SCHOOL,
      'POST',
      `/referrals/${id}/information-requests/${asked.body.requestId}/answer`,
      {
        sections: [{ section: 'medical', content: { needs: 'Asthma: inhaler in bag' } }],
      },
    );
    expect(answered.status).toBe(200);

    const accepted = await app.request(PROVIDER, 'POST', `/referrals/${id}/accept`, {
      startDate: '2025-11-05',
      hoursPerWeek: 25,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.placementId).toBe(id);

    app.clock.set('fixed', '2025-11-05T09:00:00.000Z');
    expect((await app.request(PROVIDER, 'POST', `/placements/${id}/start`, { startedOn: '2025-11-05' })).status).toBe(
      200,
    );
    const meeting = await app.request(PROVIDER, 'POST', `/placements/${id}/induction/meeting`, {
      heldOn: '2025-11-05',
      attendees: ['pupil', 'parent_or_carer'],
    });
    expect(meeting.status).toBe(200);

    const placement = await app.request(SCHOOL, 'GET', `/placements/${id}`);
    expect(placement.status).toBe(200);
    expect(placement.body).toMatchObject({
      status: 'active',
      startedOn: '2025-11-05',
      induction: { status: 'in_progress', meetingHeldOn: '2025-11-05' },
    });
  });

  it('takes a permanently excluded pupil from the school’s referral to a sustained return to mainstream', async () => {
    app.clock.set('fixed', '2025-11-03T08:00:00.000Z');
    const opened = await app.request(SCHOOL, 'POST', '/referrals', {
      reason: 'permanent_exclusion',
      upn: 'B801200005001',
      exclusion: { exclusionType: 'PERM', firstDay: '2025-11-03', reasons: ['PA'] },
    });
    expect(opened.status).toBe(201);
    const id = opened.body.referralId as string;
    await completeAll(id);
    expect((await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' })).status).toBe(
      200,
    );
    const asked = await app.request(PROVIDER, 'POST', `/referrals/${id}/information-requests`, {
      items: ['sen.primaryNeed'],
      note: 'Any diagnosis?',
    });
    const answer = {
      sections: [{ section: 'sen', content: { provision: 'K', primaryNeed: 'SLCN' } }],
      note: 'Speech and language need',
    };
    expect(
      (
        await app.request(
          SCHOOL,
          'POST',
          `/referrals/${id}/information-requests/${asked.body.requestId}/answer`,
          answer,
        )
      ).status,
    ).toBe(200);
    expect(
      (await app.request(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2025-11-05', hoursPerWeek: 25 }))
        .status,
    ).toBe(200);
    app.clock.set('fixed', '2025-11-05T09:00:00.000Z');
    const ok = async (caller: Caller, path: string, body: object) => {
      const r = await app.request(caller, 'POST', `/placements/${id}${path}`, body);
      expect([200, 201]).toContain(r.status);
      return r;
    };
    await ok(PROVIDER, '/start', { startedOn: '2025-11-05' });
    await ok(PROVIDER, '/induction/meeting', {
      heldOn: '2025-11-05',
      attendees: ['pupil', 'parent_or_carer', 'school', 'social_worker'],
    });
    for (const area of ['literacy', 'numeracy', 'social_emotional'])
      await ok(PROVIDER, '/induction/baselines', { area, assessedOn: '2025-11-05', result: 'Baseline recorded' });
    await ok(PROVIDER, '/induction/needs', { needs: ['Speech and language therapy'] });
    await ok(PROVIDER, '/induction/voice', { pupilVoice: 'Wants to go back', familyVoice: 'Supportive' });
    await ok(PROVIDER, '/induction/plan', {
      agreedOn: '2025-11-05',
      targets: ['90% attendance', 'Reintegrate by February'],
    });
    app.clock.set('fixed', '2025-12-15T09:00:00.000Z');
    await ok(PROVIDER, '/reviews', {
      heldOn: '2025-12-15',
      attendancePercent: 93,
      progress: 'On track',
      pupilView: 'Ready',
      parentView: 'Pleased',
      englishAttainment: '5',
      mathsAttainment: '4',
      nextReviewDate: '2026-01-26',
    });
    await ok(PROVIDER, '/transition', {
      destination: { kind: 'mainstream_school', organisationId: '100002' },
      plannedDate: '2026-01-05',
    });
    await ok(PROVIDER, '/transition/meeting', {
      heldOn: '2025-12-15',
      attendees: ['pupil', 'parent_or_carer', 'receiving school'],
    });
    await ok(SCHOOL, '/transition/confirm', { startsOn: '2026-01-05' });
    app.clock.set('fixed', '2026-02-16T09:00:00.000Z');
    await ok(SCHOOL, '/transition/follow-ups', { checkedOn: '2026-02-16', sustained: true });
    await ok(PROVIDER, '/end', { endedOn: '2026-01-02', reason: 'moved_to_mainstream' });
    const placement = await app.request(LA, 'GET', `/placements/${id}`);
    expect(placement.body).toMatchObject({
      status: 'ended',
      induction: { status: 'completed' },
      transition: { status: 'confirmed', destination: { kind: 'mainstream_school' }, sustained: true },
    });
    await app.settle();
    const outcomes = await app.request(LA, 'GET', '/la/outcomes?from=2025-09-01&to=2026-08-31');
    expect(outcomes.status).toBe(200);
    expect(outcomes.body.total).toMatchObject({
      attendance: { reviews: 1, averagePercent: 93 },
      reintegration: { returned: 1, followedUp: 1, sustained: 1, sustainedPercent: 100 },
      attainment: { englishRecorded: 1, mathsRecorded: 1 },
    });
    const csv = await app.request(LA, 'GET', '/la/outcomes?from=2025-09-01&to=2026-08-31&format=csv');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('Average attendance (%)');
    expect(csv.body).toContain('\r\nprov-bridges,Bridges Learning,');
    const directory = await app.request(SCHOOL, 'GET', '/providers?laCode=201');
    expect(directory.body.providers.find((p: { providerId: string }) => p.providerId === 'prov-bridges')).toMatchObject(
      { name: 'Bridges Learning', registration: 'ukprn', registrationThreshold: null },
    );
    app.clock.set('fixed', '2025-11-03T08:00:00.000Z');
  });

  it("lets the pupil's home LA see a placement commissioned by a school in another LA", async () => {
    const id = await draftReferral();
    for (const { section, content } of completeSections()) {
      await app.request(
        SCHOOL,
        'PUT',
        `/referrals/${id}/sections/${section}`,
        section === 'identity' ? { ...content, homeLaCode: '202' } : content,
      );
    }
    await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    expect(
      (await app.request(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2025-11-10', hoursPerWeek: 25 }))
        .status,
    ).toBe(200);
    expect((await app.request({ role: 'la_officer', org: '202', la: '202' }, 'GET', `/placements/${id}`)).status).toBe(
      200,
    );
    expect((await app.request({ role: 'la_officer', org: '203', la: '203' }, 'GET', `/placements/${id}`)).status).toBe(
      404,
    );
  });

  it('keeps the record and access log of a pupil referred without a UPN under referral_<id>', async () => {
    const { body } = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' });
    const id = body.referralId as string;
    for (const { section, content } of completeSections()) {
      const noUpn = {
        fullName: 'New Arrival',
        dateOfBirth: '2012-04-02',
        yearGroup: 9,
        homeLaCode: '201',
        noUpnReason: 'Newly arrived from abroad',
      };
      await app.request(
        SCHOOL,
        'PUT',
        `/referrals/${id}/sections/${section}`,
        section === 'identity' ? noUpn : content,
      );
    }
    expect((await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' })).status).toBe(
      200,
    );
    expect(
      (await app.request(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2025-11-10', hoursPerWeek: 25 }))
        .status,
    ).toBe(200);
    expect((await app.request(SCHOOL, 'GET', `/placements/${id}`)).body.upn).toBe(`referral_${id}`);
    const log = await app.request(SCHOOL, 'GET', `/pupils/referral_${id}/access-log`);
    expect(log.status).toBe(200);
    expect(log.body.reads.map((r: { what: string }) => r.what)).toContain(`placement ${id}`);
  });

  it('names the field and the rule when a body is invalid, and changes nothing', async () => {
    const id = await draftReferral();
    const bad = await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/attendance`, {
      percent: 140,
      asOf: '2025-13-01',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asOf', 'extra', 'percent']);
    const after = await app.request(SCHOOL, 'GET', `/referrals/${id}`);
    expect(after.body.version).toBe(1);
    const badUpn = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other', upn: 'A801200005001' });
    expect(badUpn.body).toMatchObject({ status: 400, field: 'upn', rule: 'isUpn' });
  });

  it('refuses an answer to an information request that updates no section and adds no note, writing nothing', async () => {
    const id = await draftReferral();
    await completeAll(id);
    await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    const asked = await app.request(PROVIDER, 'POST', `/referrals/${id}/information-requests`, { items: ['medical'] });
    expect(asked.status).toBe(201);
    const answer = `/referrals/${id}/information-requests/${asked.body.requestId}/answer`;
    const count = async () =>
      (await app.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [`referral-${id}`]))
        .rows[0].n;
    const before = await count();
    for (const empty of [{ sections: [] }, { sections: [], note: '' }]) {
      const refused = await app.request(SCHOOL, 'POST', answer, empty);
      expect(refused.status).toBe(422);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'ANSWER_EMPTY', field: 'sections', rule: 'section-or-note' });
    }
    expect(await count()).toBe(before);
    expect((await app.request(SCHOOL, 'GET', `/referrals/${id}`)).body.status).toBe('information_requested');

    const noteOnly = await app.request(SCHOOL, 'POST', answer, { sections: [], note: 'Care plan posted today' });
    expect(noteOnly.status).toBe(200);
    expect(await count()).toBe(before + 1);
    expect((await app.request(SCHOOL, 'GET', `/referrals/${id}`)).body.status).toBe('submitted');
  });

  it('answers 409 with the current status when the state does not allow the change', async () => {
    const id = await draftReferral();
    await app.request(SCHOOL, 'POST', `/referrals/${id}/withdraw`, { reason: 'Reinstated' });
    const late = await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/medical`, { needs: 'None' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ status: 409, code: 'REFERRAL_STATUS_CONFLICT', currentStatus: 'withdrawn' });
  });

  it('hides another school’s referral as if it did not exist', async () => {
    const id = await draftReferral();
    const seen = await app.request(OTHER_SCHOOL, 'GET', `/referrals/${id}`);
    expect(seen.status).toBe(404);
    const missing = await app.request(OTHER_SCHOOL, 'GET', `/referrals/does-not-exist`);
    expect({ status: seen.status, code: seen.body.code }).toEqual({ status: missing.status, code: missing.body.code });
    expect((await app.request(OTHER_SCHOOL, 'PUT', `/referrals/${id}/sections/medical`, { needs: 'x' })).status).toBe(
      404,
    );
  });

  it('refuses writes from an auditor and requests without a token', async () => {
    expect((await app.request(AUDITOR, 'POST', '/referrals', { reason: 'other' })).status).toBe(403);
    expect((await app.request(undefined, 'GET', '/referrals')).status).toBe(401);
  });

  it('answers 412 when If-Match no longer holds, and returns the version as an ETag', async () => {
    const id = await draftReferral();
    const first = await app.request(
      SCHOOL,
      'PUT',
      `/referrals/${id}/sections/medical`,
      { needs: 'None' },
      { 'if-match': '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await app.request(
      SCHOOL,
      'PUT',
      `/referrals/${id}/sections/medical`,
      { needs: 'Asthma' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
  });

  it('replays a retried POST with the same Idempotency-Key and refuses the key with another body', async () => {
    const body = { reason: 'other', upn: 'B801200005001' };
    const headers = { 'idempotency-key': 'open-ref-0001' };
    const first = await app.request(SCHOOL, 'POST', '/referrals', body, headers);
    const retry = await app.request(SCHOOL, 'POST', '/referrals', body, headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await app.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
      `referral-${first.body.referralId}`,
    ]);
    expect(rows[0].n).toBe(1);
    const other = await app.request(SCHOOL, 'POST', '/referrals', { ...body, reason: 'illness' }, headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('replays an accept that creates the placement too, writing nothing twice', async () => {
    const id = await draftReferral();
    await completeAll(id);
    await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    const headers = { 'idempotency-key': `accept-${id}` };
    const first = await app.request(
      PROVIDER,
      'POST',
      `/referrals/${id}/accept`,
      { startDate: '2025-11-10', hoursPerWeek: 25 },
      headers,
    );
    expect(first.status).toBe(200);
    // A lost response: the stored answer is dropped, as if the process had died before recording it.
    await app.db.pool.query(`DELETE FROM idempotency_keys WHERE idempotency_key = $1`, [`accept-${id}`]);
    const retry = await app.request(
      PROVIDER,
      'POST',
      `/referrals/${id}/accept`,
      { startDate: '2025-11-10', hoursPerWeek: 25 },
      headers,
    );
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const { rows } = await app.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = ANY($1)`, [
      [`referral-${id}`, `placement-${id}`],
    ]);
    expect(rows[0].n).toBe(1 + completeSections().length + 1 + 1 + 1);
  });

  it("pages through a school's referrals with a cursor, in the order asked, without repeats", async () => {
    await app.settle();
    const all = (await app.request(SCHOOL, 'GET', '/referrals?limit=200')).body.items as Array<{ referralId: string }>;
    expect(all.length).toBeGreaterThan(5);
    const seen: Array<{ referralId: string; openedAt: string }> = [];
    let cursor: string | null = null;
    do {
      const page = await app.request(
        SCHOOL,
        'GET',
        `/referrals?sort=openedAt&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((r) => r.referralId).sort()).toEqual(all.map((r) => r.referralId).sort());
    expect(seen.map((r) => r.openedAt)).toEqual([...seen.map((r) => r.openedAt)].sort());
    expect((await app.request(OTHER_SCHOOL, 'GET', '/referrals')).body.items).toEqual([]);
    expect((await app.request(SCHOOL, 'GET', '/referrals?sort=name')).body).toMatchObject({
      status: 400,
      field: 'sort',
    });
  });

  it('records the actor and the correlation id on every event, echoing X-Request-Id', async () => {
    const opened = await app.request(
      SCHOOL,
      'POST',
      '/referrals',
      { reason: 'other' },
      { 'x-request-id': 'req-abc-123' },
    );
    expect(opened.headers.get('x-request-id')).toBe('req-abc-123');
    const { rows } = await app.db.pool.query(`SELECT metadata FROM events WHERE stream_id = $1`, [
      `referral-${opened.body.referralId}`,
    ]);
    expect(rows[0].metadata).toMatchObject({
      correlationId: 'req-abc-123',
      actor: { id: 'user-school-100001', role: 'school', organisationId: '100001' },
    });
  });
});
