/** Building and starting the app: both modes, hooks for the digest scheduler, clear start-up failures. */
import { describe, expect, test } from 'vitest'
import { createApp, SlackStartError, startApp } from '../../src/slack/app.js'
import { BOT_USER_ID, startFakeSlack } from './helpers/fake-slack.js'
import { fakeStory } from './helpers/fake-story.js'
import { recordingLogger, SIGNING_SECRET } from './helpers/harness.js'

const identity = { botUserId: BOT_USER_ID, botId: 'BBOT0001' }

describe('createApp', () => {
  test('builds a Socket Mode app without connecting', () => {
    const { app } = createApp(
      {
        mode: { kind: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1' },
        deps: { story: () => fakeStory() },
        logger: recordingLogger(),
      },
      identity,
    )
    expect(app.client).toBeDefined()
  })
})

describe('startApp', () => {
  test('runs the setup hooks with the Web API client, and their teardowns on stop', async () => {
    const slack = await startFakeSlack()
    const seen: string[] = []
    try {
      const running = await startApp({
        mode: { kind: 'http', botToken: 'xoxb-hooks', signingSecret: SIGNING_SECRET, port: 0 },
        host: '127.0.0.1',
        deps: { story: () => fakeStory() },
        logger: recordingLogger(),
        slackApiUrl: slack.apiUrl.replace(/\/$/, ''), // without the trailing slash: added
        setup: [
          async ({ client, identity: who }) => {
            await client.chat.postMessage({ channel: 'C0DIGEST', text: 'scheduler started' })
            seen.push(`started as ${who.botUserId}`)
            return () => {
              seen.push('stopped')
            }
          },
        ],
      })
      expect(running.port).toBeGreaterThan(0)
      expect(running.identity).toMatchObject({ botUserId: BOT_USER_ID, teamId: 'T0NEWS01' })
      expect(slack.callsOf('chat.postMessage')[0]?.args).toMatchObject({
        channel: 'C0DIGEST',
        text: 'scheduler started',
      })
      expect(slack.callsOf('chat.postMessage')[0]?.token).toBe('xoxb-hooks')
      await running.stop()
      await running.stop() // idempotent
      expect(seen).toEqual([`started as ${BOT_USER_ID}`, 'stopped'])
    } finally {
      await slack.close()
    }
  })

  test('a token Slack refuses fails with a clear SlackStartError naming the variable', async () => {
    const slack = await startFakeSlack()
    slack.failMethod('auth.test', 'invalid_auth')
    try {
      const start = startApp({
        mode: { kind: 'http', botToken: 'xoxb-bad', signingSecret: SIGNING_SECRET, port: 0 },
        deps: { story: () => fakeStory() },
        logger: recordingLogger(),
        slackApiUrl: slack.apiUrl,
      })
      await expect(start).rejects.toThrow(SlackStartError)
      await expect(start).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/)
    } finally {
      await slack.close()
    }
  })

  test.each([
    [{ user_id: 'UBOT0001' }, 'bot_id'],
    [{ bot_id: 'BBOT0001' }, 'user_id'],
    [{}, 'user_id and bot_id'],
  ])(
    'an auth.test answer (a proxy or fake Slack API) with only %j: says that %s is missing, not "not a bot token"',
    async (fields, missing) => {
      const slack = await startFakeSlack()
      slack.override('auth.test', () => ({ body: { ok: true, team_id: 'T0NEWS01', ...fields } }))
      try {
        const start = startApp({
          mode: { kind: 'http', botToken: 'xoxb-proxy', signingSecret: SIGNING_SECRET, port: 0 },
          deps: { story: () => fakeStory() },
          logger: recordingLogger(),
          slackApiUrl: slack.apiUrl,
        })
        await expect(start).rejects.toThrow(SlackStartError)
        await expect(start).rejects.toThrow(`Slack's answer to auth.test has no ${missing}`)
        await expect(start).rejects.not.toThrow(/not a bot token/)
      } finally {
        await slack.close()
      }
    },
  )

  test('a port in use is named', async () => {
    const slack = await startFakeSlack()
    const options = {
      mode: { kind: 'http' as const, botToken: 'xoxb-1', signingSecret: SIGNING_SECRET, port: 0 },
      host: '127.0.0.1',
      deps: { story: () => fakeStory() },
      logger: recordingLogger(),
      slackApiUrl: slack.apiUrl,
    }
    const first = await startApp(options)
    try {
      const port = first.port ?? 0
      await expect(startApp({ ...options, mode: { ...options.mode, port } })).rejects.toThrow(
        `PORT ${port} is already in use`,
      )
    } finally {
      await first.stop()
      await slack.close()
    }
  })
})
