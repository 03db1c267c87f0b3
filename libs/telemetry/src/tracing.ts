import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Span } from '@opentelemetry/api';

export type Tracing = Readonly<{ shutdown: () => Promise<void> }>;

export type TracingSettings = Readonly<{ endpoint?: string; serviceName: string }>;

/** The request id the API echoes (X-Request-Id), on the HTTP server span: the key to find one request's trace. */
const requestIdOnSpan = (span: Span, _request: unknown, response: IncomingMessage | ServerResponse): void => {
  const id = 'getHeader' in response ? response.getHeader('x-request-id') : undefined;
  if (typeof id === 'string') span.setAttribute('ap.request_id', id);
};

/**
 * Starts OpenTelemetry tracing (HTTP, Express and pg spans, exported over OTLP/HTTP to `endpoint`), or does nothing
 * at all without an endpoint: the SDK is not even loaded then (it adds about a second to start-up). Must run before
 * http, express and pg are first required, hence the preload module (tracing.preload.ts).
 */
export function startTracing(settings: TracingSettings): Tracing | undefined {
  if (!settings.endpoint) return undefined;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/$/, '')}/v1/traces` }),
    // Traces only: metrics are prom-client's on /metrics, logs are pino's.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ applyCustomAttributesOnSpan: requestIdOnSpan }),
      new ExpressInstrumentation(),
      // Only queries inside a traced unit of work (a request, a worker batch): not every poll of every subscription.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
