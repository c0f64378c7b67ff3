// Coalesces reads: every screen asking for the same resource while a request
// is on its way shares that request, and a successful answer serves them all
// for a short time. Keys are path and query, never the client, since every
// screen sees XL Deploy through the same credentials.

export interface UpstreamAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

interface Entry {
  readonly answer: Promise<UpstreamAnswer>;
  /** When the answer arrived; undefined while it is on its way. */
  storedAt: number | undefined;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  private readonly ttlMs: number;

  private readonly now: () => number;

  constructor(ttlMs: number, now: () => number = () => performance.now()) {
    this.ttlMs = ttlMs;
    this.now = now;
  }

  /**
   * The answer for `key`: the stored one while fresh, the one on its way,
   * or a new one from `load`. Only successful answers are kept once they
   * arrive; failures reach the requests that shared them and no others.
   */
  read(
    key: string,
    load: () => Promise<UpstreamAnswer>,
  ): Promise<UpstreamAnswer> {
    const entry = this.entries.get(key);
    if (entry !== undefined && this.isUsable(entry)) return entry.answer;

    this.dropExpired();
    const fresh: Entry = { answer: load(), storedAt: undefined };
    this.entries.set(key, fresh);
    fresh.answer.then(
      (answer) => {
        this.settle(key, fresh, answer.status >= 200 && answer.status < 300);
      },
      () => {
        this.settle(key, fresh, false);
      },
    );
    return fresh.answer;
  }

  /**
   * Forgets every entry whose key matches, including answers on their way,
   * so that the next read after an action asks XL Deploy again.
   */
  invalidate(matches: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) {
      if (matches(key)) this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private isUsable(entry: Entry): boolean {
    return (
      entry.storedAt === undefined || this.now() - entry.storedAt < this.ttlMs
    );
  }

  private settle(key: string, entry: Entry, keep: boolean): void {
    // An entry invalidated or replaced meanwhile is not put back.
    if (this.entries.get(key) !== entry) return;
    if (keep && this.ttlMs > 0) entry.storedAt = this.now();
    else this.entries.delete(key);
  }

  private dropExpired(): void {
    for (const [key, entry] of this.entries) {
      if (!this.isUsable(entry)) this.entries.delete(key);
    }
  }
}
