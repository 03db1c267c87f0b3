import type { Pool, PoolClient } from 'pg';
import type { Position } from '../event-store.port';
import { START } from '../event-store.port';

export interface CheckpointStore {
  load(name: string): Promise<Position>;
  save(name: string, position: Position): Promise<void>;
}

type Queryable = Pick<PoolClient, 'query'>;

export class PostgresCheckpoints implements CheckpointStore {
  constructor(private readonly pool: Pool) {}

  async load(name: string, db: Queryable = this.pool, forUpdate = false): Promise<Position> {
    const { rows } = await db.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text, global_position::text FROM subscription_checkpoints WHERE name = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [name],
    );
    return rows[0] ? { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position } : START;
  }

  /** Pass the handler's transaction to make the checkpoint commit atomically with the handler's writes. */
  async save(name: string, position: Position, db: Queryable = this.pool): Promise<void> {
    await db.query(
      `INSERT INTO subscription_checkpoints (name, transaction_id, global_position) VALUES ($1, $2::xid8, $3)
       ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id,
         global_position = EXCLUDED.global_position, updated_at = now()`,
      [name, position.transactionId, position.globalPosition],
    );
  }
}
