import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { embeddedUrl } from '../../libs/database/src/embedded-postgres';

const ROOT = join(__dirname, '..', '..');

export type ServerProcess = Readonly<{ url: string; stop: () => Promise<void> }>;

/**
 * A PostgreSQL server of the test's own (the embedded binaries, durable data under `dataDir`), run from the built
 * code in a child process so the test can stop and start it like an operator would. Needs buildOnce() first.
 */
export async function startServer(dataDir: string, port: number): Promise<ServerProcess> {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(join(ROOT, 'dist/libs/database/src/embedded-postgres.js'))});
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} }).then((server) => {
      console.log('ready');
      process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
    }, (error) => { console.error(error); process.exit(1); });`;
  const child: ChildProcess = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: embeddedUrl(port),
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
}
