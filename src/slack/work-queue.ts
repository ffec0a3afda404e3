/**
 * Answering off the acknowledgement path. Working out an answer is CPU work on this thread (a long question with
 * typos over a large corpus takes a few hundred milliseconds), and while it runs no request can be read or
 * acknowledged. So answers are worked out one at a time, each after a turn of the event loop, and not while a
 * request that arrived is still waiting for its acknowledgement (for at most `maxWaitMs`, so that a client that
 * never finishes its request cannot hold answers up). Every acknowledgement then waits for at most one answer.
 *
 * On shutdown, `drain` waits (with a bound) for the answers already accepted.
 */
export type WorkQueueOptions = {
  /** Requests received and not yet acknowledged (0 when unknown, e.g. in Socket Mode). */
  unanswered?: () => number
  /** Longest wait for those acknowledgements before the next answer goes ahead anyway (default 250 ms). */
  maxWaitMs?: number
}

type Job = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class WorkQueue {
  private readonly jobs: Job[] = []
  private running = false
  /** Jobs accepted and not finished, including what their promises still do after the queue's part. */
  private inFlight = 0
  private readonly settled = new Set<() => void>()

  constructor(private readonly options: WorkQueueOptions = {}) {}

  /** Runs `work` when its turn comes; resolves with its result. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ work, resolve: resolve as (value: unknown) => void, reject })
      if (!this.running) void this.loop()
    })
  }

  /**
   * Tracks `task` (a whole answer: worked out in the queue, then sent) until it settles, for `drain`. Returns it.
   */
  track<T>(task: Promise<T>): Promise<T> {
    this.inFlight++
    const done = () => {
      this.inFlight--
      for (const wake of this.settled) wake()
    }
    task.then(done, done)
    return task
  }

  /** Tasks tracked and not yet settled. */
  get pending(): number {
    return this.inFlight
  }

  /** Waits until every tracked task has settled, or `timeoutMs` has passed; returns how many are left. */
  async drain(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (this.inFlight > 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.settled.delete(wake)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(wake, Math.max(1, deadline - Date.now()))
        this.settled.add(wake)
      })
    }
    return this.inFlight
  }

  private async loop(): Promise<void> {
    this.running = true
    try {
      for (let job = this.jobs.shift(); job; job = this.jobs.shift()) {
        await turn()
        await this.acknowledgementsFirst()
        try {
          job.resolve(await job.work())
        } catch (error) {
          job.reject(error)
        }
      }
    } finally {
      this.running = false
    }
  }

  private async acknowledgementsFirst(): Promise<void> {
    const unanswered = this.options.unanswered
    if (!unanswered) return
    const until = Date.now() + (this.options.maxWaitMs ?? 250)
    while (unanswered() > 0 && Date.now() < until) await pause(2)
  }
}
