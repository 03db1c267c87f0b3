/**
 * Structural equality of JSON-safe values, whatever the order of object keys (and with an undefined member the same
 * as an absent one, as JSON has it). Issue 18: stored JSONB comes back with its keys in PostgreSQL's order, not the
 * request's, so comparing JSON strings saw an identical retry as a change and wrote it again.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameContent(v, other[i]));
  }
  const left = definedEntries(a as Record<string, unknown>);
  const right = definedEntries(b as Record<string, unknown>);
  return left.size === right.size && [...left].every(([k, v]) => right.has(k) && sameContent(v, right.get(k)));
}

const definedEntries = (o: Record<string, unknown>): Map<string, unknown> =>
  new Map(Object.entries(o).filter(([, v]) => v !== undefined));
