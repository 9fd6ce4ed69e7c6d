/**
 * A sliding-window limiter per client, in this server's memory: at most `limit` hits in any
 * `windowMs` (each client's recent hit times are kept, and the oldest fall out as time passes).
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()
  constructor(
    private limit: number,
    private windowMs: number,
  ) {}

  /** Records a hit; returns false when the client is over its limit. */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.prune(since)
    return true
  }

  private prune(since: number) {
    for (const [k, v] of this.hits) if (!v.some((t) => t > since)) this.hits.delete(k)
  }
}
