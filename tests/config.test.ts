import { describe, expect, test } from 'vitest'
import { ConfigError, loadConfig, slackMode } from '../src/config.js'

describe('loadConfig', () => {
  test('defaults', () => {
    expect(loadConfig({})).toMatchObject({
      CORPUS_DIR: 'corpus',
      DATA_DIR: 'data',
      STORY_TIMEZONE: 'UTC',
      LOG_LEVEL: 'info',
      PORT: 3000,
      DIGEST_CHANNELS: [],
      DIGEST_TIME: '08:00',
      DIGEST_GRACE_HOURS: 3,
      DIGEST_SKIP_EMPTY: false,
    })
  })

  test('blank values count as unset', () => {
    expect(loadConfig({ PORT: ' ', STORY_TIMEZONE: '' })).toMatchObject({ PORT: 3000, STORY_TIMEZONE: 'UTC' })
  })

  test.each([
    ['PORT', 'eighty', /PORT: must be a port number/],
    ['PORT', '70000', /PORT: must be a port number/],
    ['STORY_TIMEZONE', 'Mars/Base', /STORY_TIMEZONE: must be an IANA time zone/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['SLACK_BOT_TOKEN', 'xapp-123', /SLACK_BOT_TOKEN: must be a bot token starting with xoxb-/],
    ['SLACK_APP_TOKEN', 'xoxb-123', /SLACK_APP_TOKEN: must be an app-level token/],
    ['SLACK_API_URL', 'not a url', /SLACK_API_URL: must be a URL/],
    ['DIGEST_TIME', '25:00', /DIGEST_TIME: must be a local time HH:MM/],
    ['DIGEST_GRACE_HOURS', 'soon', /DIGEST_GRACE_HOURS: must be a number of hours/],
  ])('%s=%s is named with what is expected', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(message)
  })

  test('every bad variable is reported at once', () => {
    try {
      loadConfig({ PORT: 'x', STORY_TIMEZONE: 'nowhere' })
      expect.unreachable()
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2)
    }
  })

  test('digest channels are split on commas and spaces', () => {
    expect(loadConfig({ DIGEST_CHANNELS: 'C0123456789, G0PRIVATE1 C0NEWSDESK' }).DIGEST_CHANNELS).toEqual([
      'C0123456789',
      'G0PRIVATE1',
      'C0NEWSDESK',
    ])
  })

  test.each(['news-desk', '#news-desk', 'c0123456789', 'C01'])(
    'DIGEST_CHANNELS=%s (not a channel ID) is refused at start-up, saying IDs are needed',
    (value) => {
      expect(() => loadConfig({ DIGEST_CHANNELS: `C0123456789,${value}` })).toThrow(
        `DIGEST_CHANNELS: "${value}" is not a channel ID: give IDs such as C0123456789`,
      )
    },
  )

  test('HOST: the interface to listen on, checked', () => {
    expect(loadConfig({}).HOST).toBeUndefined()
    expect(loadConfig({ HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1')
    expect(loadConfig({ HOST: '::1' }).HOST).toBe('::1')
    expect(loadConfig({ HOST: 'localhost' }).HOST).toBe('localhost')
    expect(() => loadConfig({ HOST: 'http://127.0.0.1:3000' })).toThrow(/HOST: must be an address to listen on/)
  })
})

describe('slackMode', () => {
  const bot = 'xoxb-1-2-3'
  test.each([
    [{}, 'missing'],
    [{ SLACK_BOT_TOKEN: bot }, 'missing'],
    [{ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: 'xapp-1' }, 'socket'],
    [{ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: 'secret-123' }, 'http'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'missing'],
  ])('%j → %s', (env, kind) => expect(slackMode(loadConfig(env)).kind).toBe(kind))

  test('what is missing is named', () => {
    const mode = slackMode(loadConfig({}))
    expect(mode.kind === 'missing' && mode.missing).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)',
    ])
  })
})
