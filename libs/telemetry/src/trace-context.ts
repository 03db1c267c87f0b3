import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
} from '@opentelemetry/api';

/** Trace context as stored in an event's metadata (W3C `traceparent`, `tracestate`). */
export type StoredTraceContext = Readonly<{ traceparent?: string; tracestate?: string }>;

type TracedEvent = Readonly<{ metadata: Readonly<{ correlationId?: string; [key: string]: unknown }> }>;

const tracer = () => trace.getTracer('ap-pathway');

/** The current span's context, to record on appended events; {} when tracing is off or nothing is traced. */
export function currentTraceContext(): StoredTraceContext {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The context an event was appended in (from its metadata), for the worker's spans to continue that trace. */
export function traceContextOf(event: TracedEvent): Context | undefined {
  const { traceparent, tracestate } = event.metadata;
  if (typeof traceparent !== 'string') return undefined;
  return propagation.extract(ROOT_CONTEXT, { traceparent, ...(typeof tracestate === 'string' ? { tracestate } : {}) });
}

export type SpanOptions = Readonly<{ attributes?: Attributes; parent?: Context; links?: Link[] }>;

/** Runs `work` in a span that ends with it (an error is recorded on it). A no-op span when tracing is off. */
export function inSpan<T>(name: string, options: SpanOptions, work: () => Promise<T>): Promise<T> {
  const { attributes, links, parent } = options;
  return tracer().startActiveSpan(name, { attributes, links }, parent ?? context.active(), async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A worker batch's span: a child of the request that appended its events when they all came from one trace (the
 * usual live case, so that request's trace shows the handling), linked to every trace it carries on otherwise.
 * `ap.request_id` names the requests (correlation ids) whose events it handled.
 */
export function batchSpanOptions(subscription: string, events: readonly TracedEvent[]): SpanOptions {
  const contexts = events.map(traceContextOf).filter((c) => c !== undefined && trace.getSpanContext(c) !== undefined);
  const spans = [...new Map(contexts.map((c) => [trace.getSpanContext(c!)!.spanId, c!])).values()];
  const traces = new Set(spans.map((c) => trace.getSpanContext(c)!.traceId));
  const requestIds = [...new Set(events.map((e) => e.metadata.correlationId).filter((id) => id !== undefined))];
  return {
    parent: traces.size === 1 ? spans[0] : ROOT_CONTEXT,
    links: spans.map((c) => ({ context: trace.getSpanContext(c)! })),
    attributes: { 'ap.subscription': subscription, 'ap.events': events.length, 'ap.request_id': requestIds },
  };
}
