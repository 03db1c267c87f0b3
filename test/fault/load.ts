import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';

export type Answer = Readonly<{ status: number; ms: number; headers: Headers; body: string }>;

/** One HTTP call to the engine as the LA officer; a refused connection is status 0. */
export async function call(port: number, method: string, path: string, body?: unknown, key?: string): Promise<Answer> {
  const token = await signToken(DEV_JWT_SECRET, { sub: 'fault-la', role: 'la_officer', org: '201', la: '201' });
  const started = Date.now();
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    return {
      status: response.status,
      ms: Date.now() - started,
      headers: response.headers,
      body: await response.text(),
    };
  } catch {
    return { status: 0, ms: Date.now() - started, headers: new Headers(), body: '' };
  }
}

/**
 * Writers registering schools, each as a client should: retry with the same Idempotency-Key until an answer that is
 * not "try again" (503, 409 in progress, no connection). Every acknowledged URN is recorded; so is every status seen.
 */
export function schoolWriters(port: number, writers: number, firstUrn: number) {
  let stopped = false;
  let abandoned = false;
  let next = firstUrn;
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  const run = async () => {
    while (!stopped) {
      const urn = String(next++);
      const giveUp = Date.now() + 90_000;
      for (;;) {
        if (abandoned) return;
        if (Date.now() > giveUp)
          throw new Error(`school ${urn} not acknowledged within 90 s (statuses: ${JSON.stringify([...statuses])})`);
        const answer = await call(port, 'POST', '/schools', { urn, name: 'Fault Academy', laCode: '201' }, `k-${urn}`);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 201) {
          acknowledged.push(urn);
          break;
        }
        if (![0, 409, 503].includes(answer.status)) throw new Error(`unexpected ${answer.status}: ${answer.body}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  const running = Promise.all(Array.from({ length: writers }, run));
  return {
    acknowledged,
    statuses,
    /** Stops taking new URNs and waits for every started one to be acknowledged. */
    finish: async () => {
      stopped = true;
      await running;
    },
    /** After a failed test: stops at once, so no writer outlives its test and fails the next file. */
    abandon: () => {
      stopped = abandoned = true;
      running.catch(() => undefined);
    },
  };
}
