import { createServer, type Server, type Socket } from 'node:net';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../libs/database/src/free-port';
import { buildOnce, startEngine } from '../../support/engine-process';

/**
 * An embedded PostgreSQL that cannot start says why. The package rejects with nothing when the server exits before
 * it is ready, and `npm start` then printed only "undefined" (seen once in the suite, two newcomer runs in parallel).
 */
describe('an engine whose embedded PostgreSQL cannot start', () => {
  let blocker: Server | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'ap-embedded-start-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root

  const connections = new Set<Socket>();
  afterAll(async () => {
    // The engine's probe of the port (is a PostgreSQL already there?) leaves a connection the blocker must drop.
    for (const socket of connections) socket.destroy();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names the port and the data directory when something else holds the port', async () => {
    buildOnce();
    const port = await freePort();
    blocker = createServer((socket) => connections.add(socket)).listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker!.once('listening', resolve));
    const started = startEngine({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    });
    await expect(started).rejects.toThrow(new RegExp(`Embedded PostgreSQL on port ${port} exited before it was ready`));
  }, 120_000);
});
