export interface RateLimitOptions {
  /** Requests allowed per window and client. */
  max: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Fixed-window counter per client key (IP address or user), kept in memory. */
export class FixedWindowRateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): RateLimitResult {
    const { max, windowMs } = this.options;
    const now = this.now();
    const start = now - (now % windowMs);
    if (start !== this.windowStart) {
      // A new window: every client starts again (and the map never grows past one window's clients).
      this.windowStart = start;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return {
      allowed: count <= max,
      limit: max,
      remaining: Math.max(0, max - count),
      resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
    };
  }
}
