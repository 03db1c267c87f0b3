import type { Pool, PoolClient } from 'pg';

/**
 * BEGIN, work, COMMIT on one pooled client; ROLLBACK on failure. A client whose ROLLBACK fails too (the connection
 * dropped or timed out mid-transaction) is discarded rather than handed to the next caller.
 */
export async function inTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = await client.query('ROLLBACK').then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    client.release(broken);
  }
}
