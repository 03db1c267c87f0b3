import * as pg from 'pg';
import type { Pool } from 'pg';

/**
 * The `pg` module as TypeORM's postgres driver loads it, except that its `Pool` is the application's own pool: TypeORM
 * then opens no connections of its own, and every query it runs takes the ap_app role, the statement timeouts and the
 * fault handling of that pool (database-connection.ts). TypeORM ends "its" pool when its DataSource is destroyed; the
 * pool belongs to whoever opened the connection, so that end is a no-op here.
 */
export function typeOrmDriverFor(pool: Pool): typeof pg {
  const borrowed = new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'end')
        return (callback?: (error?: Error) => void) => (callback ? callback() : Promise.resolve());
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  // A constructor that returns an object makes `new` yield that object: TypeORM's `new Pool(options)` gets ours.
  function BorrowedPool(): Pool {
    return borrowed;
  }
  return { ...pg, Pool: BorrowedPool as unknown as typeof pg.Pool };
}
