import { PLACEMENT_SCHEMA_VERSIONS } from './placement/placement.upcasters';

/** The schema version each event type is written with now (1 unless listed); older versions are upcast on read. */
const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = { ...PLACEMENT_SCHEMA_VERSIONS };

export const schemaVersionOf = (type: string): number => CURRENT_SCHEMA_VERSIONS[type] ?? 1;
