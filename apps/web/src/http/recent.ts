/**
 * Values kept for `ttlMs` after they were set: a web process's short memory of what it asked or wrote lately (a
 * user's unread count, when a session's expiry was last written). Stale entries are swept every `ttlMs` (at least a
 * second) by a timer that does not hold the process open.
 */
export class Recent<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(private readonly ttlMs: number) {
    setInterval(
      () => {
        const stale = Date.now() - this.ttlMs;
        for (const [key, entry] of this.entries) if (entry.at < stale) this.entries.delete(key);
      },
      Math.max(this.ttlMs, 1_000),
    ).unref();
  }

  /** The value set less than `ttlMs` ago, if any. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    return entry && Date.now() - entry.at < this.ttlMs ? entry.value : undefined;
  }

  set(key: string, value: V): void {
    this.entries.set(key, { value, at: Date.now() });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
