import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const running = new Set<ChildProcess>();

/** Runs test/newcomer/first-hour.sh (the README's quick start on a fresh clone) with one fixed clock. */
function firstHour(clock: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [join(__dirname, 'first-hour.sh'), clock], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      running.delete(child);
      resolve({ code, output });
    });
  });
}

// A run that outlives the test (a timeout) is stopped: the script's trap then stops its engine and removes its clone.
afterAll(async () => {
  await Promise.all(
    [...running].map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
});

// NEWCOMER_INSTALL=full makes each run a real `npm install` in its clone: minutes, not seconds (README, Tests).
const FULL_INSTALL = process.env.NEWCOMER_INSTALL === 'full';

describe("a newcomer's first hour, as the README tells it", () => {
  // Both at once: each is mostly waiting on its own engine, and two after each other would double the run.
  it(
    'holds on a Sunday and on a half-term Tuesday (install, start, seed, journey, curl journey, again, Ctrl-C)',
    async () => {
      const runs = await Promise.all([
        firstHour('fixed:2026-11-29T10:00:00Z'),
        firstHour('fixed:2026-10-27T09:30:00Z'),
      ]);
      for (const run of runs)
        expect({ code: run.code, output: run.code === 0 ? '' : run.output.slice(-6000) }).toEqual({
          code: 0,
          output: '',
        });
    },
    FULL_INSTALL ? 2_400_000 : 480_000,
  );
});
