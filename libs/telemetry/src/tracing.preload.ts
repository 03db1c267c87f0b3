import { loadConfig } from '@ap/config/load-config';
import { startTracing, type Tracing } from './tracing';

/*
 * Imported first by apps/api, apps/worker and apps/engine main.ts (or `node --require` it), so the instrumentations
 * hook http, express and pg before Nest loads them. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. An invalid
 * environment starts nothing here: main() then reports every bad variable.
 */
let tracing: Tracing | undefined;
try {
  const config = loadConfig();
  tracing = startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: config.OTEL_SERVICE_NAME });
} catch {
  tracing = undefined;
}

/** Exports the spans still buffered: the last shutdown step. */
export const stopTracing = async (): Promise<void> => {
  await tracing?.shutdown();
};
