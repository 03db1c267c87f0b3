import type { PlacementEvent, PlacementTier } from './placement.events';

/** The schema version each placement event type is written with now; absent means 1. */
export const PLACEMENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  PlacementCreated: 2,
  PlacementReviewed: 2,
};

/** A placement event as stored: any earlier shape, with the version it was written at (1 when not known). */
export type StoredPlacementEvent = Readonly<{
  type: string;
  data: Readonly<Record<string, unknown>>;
  schemaVersion?: number;
}>;

/**
 * Stored events are never rewritten: an older shape is brought up to date on read. v1 → v2 adds the tier (2 for a
 * dual-registered pupil, who stays on the home school's roll and goes back to it; 3 otherwise), no planned end,
 * and reviews with no reintegration progress. Written defensively: a field already present is kept, so upcasting
 * a current event changes nothing.
 */
export function upcastPlacementEvent(event: StoredPlacementEvent): PlacementEvent {
  const version = event.schemaVersion ?? 1;
  if (version >= 2) return { type: event.type, data: event.data } as PlacementEvent;
  switch (event.type) {
    case 'PlacementCreated':
      return {
        type: 'PlacementCreated',
        data: { ...event.data, tier: (event.data['tier'] as PlacementTier | undefined) ?? defaultTier(event.data) },
      } as PlacementEvent;
    case 'PlacementReviewed':
      return {
        type: 'PlacementReviewed',
        data: { ...event.data, reintegrationProgress: event.data['reintegrationProgress'] ?? [] },
      } as PlacementEvent;
    default:
      return { type: event.type, data: event.data } as PlacementEvent;
  }
}

export const defaultTier = (data: Readonly<{ dualRegistered?: unknown }>): PlacementTier =>
  data.dualRegistered === true ? 2 : 3;
