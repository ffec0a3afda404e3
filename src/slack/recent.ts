/** A bounded set of recently seen keys (oldest forgotten first): enough to drop deliveries Slack repeats. */
export class RecentKeys {
  private readonly keys = new Map<string, true>()

  constructor(readonly capacity = 5000) {}

  has(key: string): boolean {
    return this.keys.has(key)
  }

  /** Records `key`; returns true when it had been seen already. */
  seen(key: string): boolean {
    if (this.keys.has(key)) {
      this.keys.delete(key)
      this.keys.set(key, true)
      return true
    }
    this.keys.set(key, true)
    while (this.keys.size > this.capacity) {
      const oldest = this.keys.keys().next()
      if (oldest.done) break
      this.keys.delete(oldest.value)
    }
    return false
  }

  /** Forgets `key`, so that it can be handled again (e.g. after a failure). */
  forget(key: string): void {
    this.keys.delete(key)
  }

  get size(): number {
    return this.keys.size
  }
}
