/** Errors whose message says everything a person needs at start-up (bad configuration, no database): no stack. */
const explained = new Set(['ConfigError', 'DatabaseUnreachableError']);

/** Runs a process's `main`; an explained start-up failure is one line on stderr, anything else keeps its stack. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof Error && explained.has(error.name))
      console.error(`AP Pathway did not start: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
