import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs test/newcomer/first-hour.sh (the README's quick start on a fresh clone) with one fixed clock. */
function firstHour(clock: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [join(__dirname, 'first-hour.sh'), clock], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe("a newcomer's first hour, as the README tells it", () => {
  // Both at once: each is mostly waiting on its own engine, and two after each other would double the run.
  it('holds on a Sunday and on a half-term Tuesday (install, start, seed, journey, curl journey, again, Ctrl-C)', async () => {
    const runs = await Promise.all([firstHour('fixed:2026-11-29T10:00:00Z'), firstHour('fixed:2026-10-27T09:30:00Z')]);
    for (const run of runs)
      expect({ code: run.code, output: run.code === 0 ? '' : run.output.slice(-6000) }).toEqual({
        code: 0,
        output: '',
      });
  }, 480_000);
});
