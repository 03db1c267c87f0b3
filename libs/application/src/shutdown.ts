/**
 * Stops the parts in order on SIGINT/SIGTERM and exits 0 when all closed (1 naming each that failed). A stray
 * rejection while stopping (a background loop meeting a closed pool) is logged, not fatal; before that, an
 * unhandled rejection still ends the process as Node's default does.
 */
export function onShutdown(steps: ReadonlyArray<readonly [name: string, close: () => Promise<unknown>]>): void {
  let stopping = false;
  process.on('unhandledRejection', (reason) => {
    console.error(`Unhandled rejection${stopping ? ' while stopping' : ''}:`, reason);
    if (!stopping) process.exit(1);
  });
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const failed: string[] = [];
    for (const [name, close] of steps) {
      try {
        await close();
      } catch (error) {
        failed.push(name);
        console.error(`Closing the ${name} failed:`, error);
      }
    }
    process.exit(failed.length === 0 ? 0 : 1);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}
