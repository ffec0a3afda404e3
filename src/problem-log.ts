/**
 * Problems that persist or repeat (a read-only DATA_DIR, a missing corpus folder, a flood of bad requests) are
 * logged once, then at most once per interval (an hour by default) with how often they happened meanwhile, and
 * once more when they are over. The log then says what is wrong without repeating it every minute.
 */
export type ProblemLogger = { warn(message: string): void; info(message: string): void }

export type ProblemLogOptions = {
  /** Least time between two lines about the same problem (default one hour). */
  intervalMs?: number
  now?: () => number
}

type Seen = { loggedAt: number; since: number; repeats: number }

export class ProblemLog {
  private readonly seen = new Map<string, Seen>()
  private readonly intervalMs: number
  private readonly now: () => number

  constructor(
    private readonly logger: ProblemLogger,
    options: ProblemLogOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 3_600_000
    this.now = options.now ?? Date.now
  }

  /** Reports the problem `key`: logged now if it is new or was last logged an interval ago; else counted. */
  report(key: string, message: string): void {
    const now = this.now()
    const seen = this.seen.get(key)
    if (!seen) {
      this.seen.set(key, { loggedAt: now, since: now, repeats: 0 })
      this.logger.warn(message)
      return
    }
    if (now - seen.loggedAt < this.intervalMs) {
      seen.repeats += 1
      return
    }
    const repeats = seen.repeats + 1
    this.logger.warn(`${message} (still so: ${repeats} time${repeats === 1 ? '' : 's'} since the last report)`)
    seen.loggedAt = now
    seen.repeats = 0
  }

  /** The problem `key` is over: says so (when it had been reported) and forgets it. */
  resolved(key: string, message: string): void {
    if (!this.seen.delete(key)) return
    this.logger.info(message)
  }

  /** Whether `key` is being reported. */
  has(key: string): boolean {
    return this.seen.has(key)
  }
}
