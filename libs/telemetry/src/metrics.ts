import { Counter, Histogram, Registry } from 'prom-client';

/**
 * Process-wide instruments with the usual Prometheus names, fed where things happen (the HTTP edge, the event
 * store, subscriptions, the deadline poller, the notifier) and exposed on /metrics beside the scrape-time gauges.
 * Module singletons: every part of one process (the engine runs API and worker together) counts into one registry.
 */
export const metricsRegistry = new Registry();

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by method, route template and status code, and how long they took',
  labelNames: ['method', 'route', 'status_code'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const eventsAppended = new Counter({
  name: 'ap_events_appended_total',
  help: 'Events appended to the store (rate() gives appends per second), by stream category',
  labelNames: ['category'],
  registers: [metricsRegistry],
});

export const subscriptionDeliveryLag = new Histogram({
  name: 'ap_subscription_lag_seconds',
  help: 'Time from an event being recorded to a subscriber (projection, process manager) committing it',
  labelNames: ['subscription'],
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300],
  registers: [metricsRegistry],
});

/** A batch a subscriber failed and runs again: `version` and `deadlock` are clashes with another writer. */
export const subscriptionRetries = new Counter({
  name: 'ap_subscription_retries_total',
  help: 'Batches a subscriber (projection, process manager, notifier) failed and retried, by why: version, deadlock, serialization or error',
  labelNames: ['subscription', 'reason'],
  registers: [metricsRegistry],
});

export const deadlineLateness = new Histogram({
  name: 'ap_deadline_lateness_seconds',
  help: "How long after its due time (on the engine's clock) a deadline fired",
  labelNames: ['process'],
  buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 3600],
  registers: [metricsRegistry],
});

/** For the notifier: `notificationsTotal.inc({ channel: 'email', outcome: 'sent' })` (or `parked`, `failed`). */
export const notificationsTotal = new Counter({
  name: 'ap_notifications_total',
  help: 'Notifications by channel and outcome (sent, parked after repeated failures, failed attempts)',
  labelNames: ['channel', 'outcome'],
  registers: [metricsRegistry],
});

/** The category of a stream id (`referral-123` → `referral`), so labels stay few. */
export const categoryOf = (streamId: string): string => streamId.split('-')[0] ?? streamId;
