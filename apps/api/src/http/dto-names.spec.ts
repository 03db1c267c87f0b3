import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Swagger names each schema after its class: two DTO classes of one name share one schema, and one of them is
 * documented wrongly. (Two ContactDto classes did this: the referral's DSL was documented as a notification contact,
 * with a required role and email.)
 */
describe('the OpenAPI schema names', () => {
  it('come from DTO classes whose names are unique across the API', () => {
    const files = readdirSync(join(__dirname, '..'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .map((f) => join(__dirname, '..', f));
    const where = new Map<string, string[]>();
    for (const file of files)
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export class (\w+Dto)\b/gm))
        where.set(name!, [...(where.get(name!) ?? []), file]);
    expect([...where].filter(([, found]) => found.length > 1)).toEqual([]);
    expect(where.size).toBeGreaterThan(50);
  });
});
