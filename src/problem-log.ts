/**
 * Problems that persist or repeat (a read-only DATA_DIR, a missing corpus folder, a flood of bad requests) are
 * logged once, then at most once per interval (an hour by default) with how often they happened meanwhile, and
 * once more when they are over. The log then says what is wrong without repeating it every minute.
 */
export type ProblemLogger = { warn(message: string): void; info(message: string): void; error?(message: string): void }

export type ProblemLogOptions = {
  /** Least time between two lines about the same problem (default one hour). */
  intervalMs?: number
  now?: () => number
}

type Seen = { loggedAt: number; repeats: number }

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
  report(key: string, message: string, level: 'warn' | 'error' = 'warn'): void {
    const now = this.now()
    const seen = this.seen.get(key)
    const write = (text: string) =>
      level === 'error' && this.logger.error ? this.logger.error(text) : this.logger.warn(text)
    if (!seen) {
      this.seen.set(key, { loggedAt: now, repeats: 0 })
      write(message)
      return
    }
    if (now - seen.loggedAt < this.intervalMs) {
      seen.repeats += 1
      return
    }
    const repeats = seen.repeats + 1
    write(`${message} (still so: ${repeats} time${repeats === 1 ? '' : 's'} since it was last logged)`)
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

type AnyLogger = {
  debug(...message: unknown[]): void
  info(...message: unknown[]): void
  warn(...message: unknown[]): void
  error(...message: unknown[]): void
}

/**
 * `logger` with its warnings and errors passed through a ProblemLog: the same line (errors shown by their message,
 * without stacks) is written once, then at most once per interval. Debug and info lines pass as they are.
 */
export function repeatLimited<L extends AnyLogger>(logger: L, options: ProblemLogOptions = {}): AnyLogger {
  const problems = new ProblemLog(
    { warn: (m) => logger.warn(m), info: (m) => logger.info(m), error: (m) => logger.error(m) },
    options,
  )
  const line = (message: unknown[]) =>
    message.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : String(m))).join(' ')
  return {
    debug: (...m) => logger.debug(...m),
    info: (...m) => logger.info(...m),
    warn: (...m) => problems.report(line(m), line(m)),
    error: (...m) => problems.report(line(m), line(m), 'error'),
  }
}
