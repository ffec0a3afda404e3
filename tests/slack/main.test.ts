/**
 * `npm start` (src/main.ts) as a process: clear messages without credentials or with a bad variable, and a
 * working app against the fake Slack with the bundled corpus.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type FakeSlack, startFakeSlack } from './helpers/fake-slack.js'
import { commandFixture, nowSeconds, sign } from './helpers/harness.js'
import { spawnMain, startMain, stopMain } from './helpers/main-process.js'

const SECRET = 'main-test-signing-secret'

type Run = { code: number | null; stdout: string; stderr: string }

// Its own DATA_DIR, so that the digest state of a developer's ./data is never read or written by a test.
const dataDir = mkdtempSync(join(tmpdir(), 'iran-talks-main-'))

const start = (env: Record<string, string>): ChildProcess => spawnMain({ DATA_DIR: dataDir, ...env })

function run(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = start(env)
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString()
    })
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)

let slack: FakeSlack
beforeAll(async () => {
  slack = await startFakeSlack()
})
afterAll(async () => {
  await slack?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('without what it needs', () => {
  test('no Slack credentials: explains what to set and how to try the CLI; exit 1, no stack trace', async () => {
    const r = await run({})
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('SLACK_BOT_TOKEN')
    expect(r.stderr).toContain('SLACK_SIGNING_SECRET')
    expect(r.stderr).toContain('SLACK_APP_TOKEN')
    expect(r.stderr).toContain('OAuth & Permissions')
    expect(r.stderr).toContain('node --env-file=.env')
    expect(r.stderr).toContain('npm run --silent cli -- ask')
    noStackTrace(r.stderr)
  })

  test.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'not-an-app-token' }, 'SLACK_APP_TOKEN'],
    [{ STORY_TIMEZONE: 'Mars/Olympus' }, 'STORY_TIMEZONE'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
  ])('a bad variable %j is named: %s', async (bad, name) => {
    const r = await run({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, ...bad })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(name)
    noStackTrace(r.stderr)
  })

  test('a token Slack refuses: says which and where to get a good one', async () => {
    slack.failMethod('auth.test', 'invalid_auth')
    try {
      const r = await run({
        SLACK_BOT_TOKEN: 'xoxb-revoked',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
      })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)')
      noStackTrace(r.stderr)
    } finally {
      slack.reset()
    }
  })
})

describe('with credentials (HTTP mode)', () => {
  let child: ChildProcess
  let base = ''

  beforeAll(async () => {
    ;({ child, base } = await startMain({
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      CORPUS_DIR: 'corpus',
      LOG_LEVEL: 'info',
    }))
  })

  afterAll(async () => {
    if (child) await stopMain(child)
  })

  test('GET /healthz says the bundled corpus is loaded', async () => {
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      ok: true,
      articles: 2,
      problems: 0,
      watching: true,
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
  })

  test('answers a signed /iran-talks help through the response URL', async () => {
    const body = new URLSearchParams({
      ...commandFixture(),
      text: 'help',
      response_url: slack.responseUrl('main-help'),
    }).toString()
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body, nowSeconds(), SECRET) },
    })
    expect(res.status).toBe(200)
    const deadline = Date.now() + 5000
    while (!slack.responses.some((r) => r.id === 'main-help') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20))
    const reply = slack.responses.find((r) => r.id === 'main-help')
    expect(JSON.stringify(reply?.body)).toContain('The coverage holds 2 articles from Al Jazeera, Gulf News Week.')
  })

  test('refuses an unsigned request', async () => {
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body: 'command=%2Firan-talks',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(401)
  })

  test('stops cleanly on SIGTERM', async () => {
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    child.kill('SIGTERM')
    expect(await closed).toBe(0)
  })
})
