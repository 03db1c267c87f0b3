import { TestApp, type Caller } from '../support/test-app';
import { registerOrganisations } from '../support/world';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app); // only organisations in the directory may act (issue 12)
});

afterAll(async () => {
  await app?.stop();
});

describe('the HTTP edge', () => {
  it('answers a body that is not JSON with 415, not with misleading validation errors', async () => {
    const response = await app.request(SCHOOL, 'POST', '/referrals', 'reason=suspension', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' });
  });

  it('words validation errors for people and keeps the field and rule for machines', async () => {
    const opened = await app.request(SCHOOL, 'POST', '/referrals', {
      reason: 'suspension',
      upn: 'B801200005001',
      exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
    });
    const response = await app.request(SCHOOL, 'PUT', `/referrals/${opened.body.referralId}/sections/identity`, {
      upn: 'B801200005001',
      fullName: '',
      dateOfBirth: '2012-04-02',
      yearGroup: 9,
      homeLaCode: '201',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({
      field: 'fullName',
      rule: 'isNotEmpty',
      message: "Enter the pupil's full name",
    });
  });

  it('gives each problem a type that resolves to the page explaining its code', async () => {
    const problem = (await app.request(SCHOOL, 'GET', '/referrals/00000000-0000-4000-8000-000000000000')).body;
    expect(problem.type).toBe(`${app.baseUrl}/problems/referral-not-found`);
    const page = await fetch(problem.type);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('`REFERRAL_NOT_FOUND`: HTTP 404.');
  });
});

describe('/metrics', () => {
  it('reports request durations by route and status, appends, subscription lag and deadline lateness', async () => {
    await app.request(SCHOOL, 'GET', '/referrals');
    await app.settle();
    const text = (await app.request(undefined, 'GET', '/metrics')).body as string;
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/referrals",status_code="200"\} \d+/,
    );
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="unmatched",status_code="415"\} 1/);
    expect(text).toMatch(/ap_events_appended_total\{category="referral"\} [1-9]/);
    expect(text).toMatch(/ap_subscription_lag_seconds_count\{subscription="[a-z:]+"\} [1-9]/);
    expect(text).toContain('# TYPE ap_deadline_lateness_seconds histogram');
    expect(text).toContain('# TYPE ap_subscription_retries_total counter');
    expect(text).toContain('# TYPE ap_notifications_total counter');
  });
});
