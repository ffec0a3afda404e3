/** The app's log: one line per message whatever is logged, and the level set by LOG_LEVEL survives Bolt. */
import { LogLevel } from '@slack/bolt'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createApp } from '../../src/slack/app.js'
import { consoleLogger } from '../../src/slack/logger.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { fakeStory } from './helpers/fake-story.js'
import { SIGNING_SECRET } from './helpers/harness.js'

function capture() {
  const out: string[] = []
  const grab = (chunk: string | Uint8Array) => {
    out.push(String(chunk))
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(grab)
  vi.spyOn(process.stderr, 'write').mockImplementation(grab)
  return out
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('consoleLogger', () => {
  test('a line break in what is logged (say, a corpus file name) cannot forge a second log line', () => {
    const out = capture()
    const logger = consoleLogger(LogLevel.INFO)
    logger.warn('corpus: a.md\n2026-01-01T00:00:00.000Z ERROR iran-talks forged: broken')
    logger.info('question\r\u0000\u202eevil')
    const lines = out.join('').split('\n').filter(Boolean)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('a.md\\n2026-01-01T00:00:00.000Z ERROR')
    expect(lines[1]).toContain('question\\r\\u0000\\u202eevil')
  })

  test('an error: its message on the line; its stack indented below, only for errors', () => {
    const out = capture()
    const logger = consoleLogger(LogLevel.INFO)
    logger.warn('could not save:', new Error('EACCES\nforged line'))
    expect(out.join('').split('\n').filter(Boolean)).toHaveLength(1)
    out.length = 0
    logger.error('failed:', new Error('boom'))
    const lines = out.join('').split('\n').filter(Boolean)
    expect(lines[0]).toMatch(/ERROR iran-talks failed: boom$/)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.slice(1).every((l) => l.startsWith('    at '))).toBe(true)
  })

  test('below the level, nothing', () => {
    const out = capture()
    const logger = consoleLogger(LogLevel.ERROR)
    logger.info('hello')
    logger.warn('careful')
    expect(out).toEqual([])
  })
})

test('LOG_LEVEL=error stays error once the Bolt app is built (Bolt would reset it to info)', () => {
  const logger = consoleLogger(LogLevel.ERROR)
  createApp(
    {
      mode: { kind: 'http', botToken: 'xoxb-1', signingSecret: SIGNING_SECRET, port: 0 },
      deps: { story: () => fakeStory() },
      logger,
    },
    { botUserId: BOT_USER_ID, botId: 'BBOT0001' },
  )
  expect(logger.getLevel()).toBe(LogLevel.ERROR)
})
