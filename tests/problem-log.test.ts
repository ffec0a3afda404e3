import { describe, expect, test } from 'vitest'
import { ProblemLog, repeatLimited } from '../src/problem-log.js'

function recorder() {
  const lines: string[] = []
  const at =
    (level: string) =>
    (...m: unknown[]) =>
      lines.push(`${level} ${m.map(String).join(' ')}`)
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

describe('ProblemLog', () => {
  test('a persistent problem: logged once, then at most hourly with a count, and once when it is over', () => {
    let now = 0
    const log = recorder()
    const problems = new ProblemLog(log, { now: () => now })
    for (let minute = 0; minute < 120; minute++) {
      now = minute * 60_000
      problems.report('data', 'DATA_DIR is read-only')
    }
    expect(log.lines).toEqual([
      'warn DATA_DIR is read-only',
      'warn DATA_DIR is read-only (still so: 60 times since it was last logged)',
    ])
    problems.resolved('data', 'DATA_DIR is writable again')
    problems.resolved('data', 'said once only')
    expect(log.lines.at(-1)).toBe('info DATA_DIR is writable again')
    expect(log.lines).toHaveLength(3)
  })

  test('repeatLimited: the same warning or error line once an hour, without stacks; info passes', () => {
    let now = 0
    const log = recorder()
    const limited = repeatLimited(log, { now: () => now })
    for (let i = 0; i < 5; i++) {
      limited.warn('digest: could not record the configured channels', new Error('EROFS'))
      limited.error('digest: the claim could not be saved', new Error('EROFS'))
      limited.info('tick')
    }
    expect(log.lines.filter((l) => l.startsWith('warn'))).toEqual([
      'warn digest: could not record the configured channels EROFS',
    ])
    expect(log.lines.filter((l) => l.startsWith('error'))).toEqual(['error digest: the claim could not be saved EROFS'])
    expect(log.lines.filter((l) => l === 'info tick')).toHaveLength(5)
    now = 3_600_000
    limited.warn('digest: could not record the configured channels', new Error('EROFS'))
    expect(log.lines.at(-1)).toContain('(still so: 5 times since it was last logged)')
  })
})
