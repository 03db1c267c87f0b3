import { trace } from '@opentelemetry/api';
import { startTracing } from './tracing';

/** Never ended, so never exported: nothing is sent anywhere. */
const recording = (): boolean => trace.getTracer('spec').startSpan('probe').isRecording();

describe('startTracing', () => {
  it('starts nothing without an OTLP endpoint: spans stay no-ops', () => {
    expect(startTracing({ serviceName: 'ap-pathway' })).toBeUndefined();
    expect(recording()).toBe(false);
  });

  it('records spans once an endpoint is set, and shuts down cleanly', async () => {
    // Nothing listens there, and nothing is sent: the probe span is never ended.
    const tracing = startTracing({ endpoint: 'http://127.0.0.1:9', serviceName: 'ap-pathway' });
    try {
      expect(tracing).toBeDefined();
      expect(recording()).toBe(true);
    } finally {
      trace.disable();
      await tracing?.shutdown().catch(() => undefined);
    }
  });
});
