/**
 * `npm start` (src/main.ts) as a process: clear messages without credentials or with a bad variable, and a
 * working app against the fake Slack with the bundled corpus.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type FakeSlack, startFakeSlack } from './helpers/fake-slack.js'
import { commandFixture, nowSeconds, sign } from './helpers/harness.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SECRET = 'main-test-signing-secret'

type Run = { code: number | null; stdout: string; stderr: string }

// Its own DATA_DIR, so that the digest state of a developer's ./data is never read or written by a test.
const dataDir = mkdtempSync(join(tmpdir(), 'iran-talks-main-'))

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

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

type Running = { child: ChildProcess; base: string; stdout: () => string; stderr: () => string }

/** A port nobody listens on now (for an instance that does not say which port it took). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Starts `npm start`'s program with credentials against the fake Slack, and waits until /healthz answers. */
async function startInstance(env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort()
  const child = start({
    SLACK_BOT_TOKEN: 'xoxb-main-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    CORPUS_DIR: 'corpus',
    LOG_LEVEL: 'info',
    ...env,
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString()
  })
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${stdout}${stderr}`)
    const up = await fetch(`${base}/healthz`).then(
      () => true,
      () => false,
    )
    if (up) return { child, base, stdout: () => stdout, stderr: () => stderr }
    if (Date.now() > deadline) throw new Error(`not listening after 15 s:\n${stdout}${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function stopInstance(running: Running | undefined): Promise<number | null> {
  const child = running?.child
  if (!child || child.exitCode !== null) return child?.exitCode ?? null
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  child.kill('SIGTERM')
  return closed
}

/** Sends `/iran-talks TEXT` to an instance; resolves with the reply posted to the response URL. */
async function command(base: string, text: string, id: string): Promise<Record<string, unknown>> {
  const body = new URLSearchParams({ ...commandFixture(), text, response_url: slack.responseUrl(id) }).toString()
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body, nowSeconds(), SECRET) },
  })
  expect(res.status).toBe(200)
  const deadline = Date.now() + 5000
  while (!slack.responses.some((r) => r.id === id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  const reply = slack.responses.find((r) => r.id === id)
  if (!reply) throw new Error(`no reply to ${text}`)
  return reply.body
}

describe('DATA_DIR', () => {
  test('a second instance on the same DATA_DIR refuses to start, naming the one that holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iran-talks-two-'))
    let first: Running | undefined
    try {
      first = await startInstance({ DATA_DIR: dir })
      const second = await run({
        SLACK_BOT_TOKEN: 'xoxb-main-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATA_DIR: dir,
      })
      expect(second.code).toBe(1)
      expect(second.stderr).toContain(`is in use by another instance of the bot (pid ${first.child.pid} on`)
      noStackTrace(second.stderr)
      expect(await stopInstance(first)).toBe(0)
      // the lock goes with the first instance: a new one starts
      first = await startInstance({ DATA_DIR: dir })
    } finally {
      await stopInstance(first)
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const unusable: [string, () => string][] = [
    [
      'a file',
      () => {
        const file = join(mkdtempSync(join(tmpdir(), 'iran-talks-file-')), 'data')
        writeFileSync(file, 'not a folder')
        return file
      },
    ],
    [
      'not creatable (under a file)',
      () => {
        const file = join(mkdtempSync(join(tmpdir(), 'iran-talks-under-')), 'file')
        writeFileSync(file, 'x')
        return join(file, 'data')
      },
    ],
  ]
  // read-only: a folder without write permission (root may write anyway: then /sys, which nobody can write to)
  if (process.getuid?.() !== 0)
    unusable.push([
      'read-only',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'iran-talks-ro-'))
        chmodSync(dir, 0o555)
        return dir
      },
    ])
  else if (existsSync('/sys/kernel')) unusable.push(['read-only', () => '/sys/kernel'])

  test.each(unusable)(
    'DATA_DIR %s: answers are served, the digest is off, one warning, no path in Slack',
    async (what, make) => {
      const dir = make()
      const id = what.replace(/\W+/g, '-')
      const running = await startInstance({ DATA_DIR: dir })
      try {
        expect(await (await fetch(`${running.base}/healthz`)).json()).toMatchObject({ ok: true, articles: 2 })
        const answer = await command(running.base, 'Where were the talks held?', `unusable-ask-${id}`)
        expect(JSON.stringify(answer)).toMatch(/Muscat|Oman/)
        const on = JSON.stringify(await command(running.base, 'digest on', `unusable-on-${id}`))
        expect(on).toContain('The daily digest is off on this bot')
        expect(on).not.toContain(dir)
        expect(on).not.toMatch(/EACCES|EROFS|ENOTDIR|EEXIST/)
        const warnings = running
          .stderr()
          .split('\n')
          .filter((l) => l.includes(' WARN '))
        expect(warnings.filter((l) => l.includes('DATA_DIR'))).toHaveLength(1)
        expect(warnings.join('\n')).not.toMatch(/cache: cannot/)
        noStackTrace(running.stderr())
      } finally {
        expect(await stopInstance(running)).toBe(0)
      }
    },
  )
})

describe('the corpus folder', () => {
  test('replaced while running (rm -rf corpus && mv staging corpus): picked up within seconds, /healthz tells', async () => {
    const root = mkdtempSync(join(tmpdir(), 'iran-talks-deploy-'))
    const corpus = join(root, 'corpus')
    cpSync('corpus', corpus, { recursive: true })
    const running = await startInstance({ CORPUS_DIR: corpus })
    try {
      const health = async () => (await fetch(`${running.base}/healthz`)).json() as Promise<Record<string, unknown>>
      expect(await health()).toMatchObject({ articles: 2, watching: true })
      const staging = join(root, 'staging')
      cpSync('corpus', staging, { recursive: true })
      const extra = readFileSync(join('corpus', '2026-02-07-al-jazeera-missiles-off-the-table.md'), 'utf8')
      writeFileSync(join(staging, '2026-02-08-desk-copy.md'), extra.replace(/^title: .*$/m, 'title: "A copy"'))
      rmSync(corpus, { recursive: true, force: true })
      renameSync(staging, corpus)
      const deadline = Date.now() + 10_000
      let last = await health()
      while (last.articles !== 3 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100))
        last = await health()
      }
      expect(last).toMatchObject({ ok: true, articles: 3, problems: 0, watching: true })
    } finally {
      await stopInstance(running)
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('npm start', () => {
  test('runs from the source without a build, and a SIGTERM to npm reaches the app: it stops, releasing DATA_DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iran-talks-npm-'))
    const port = await freePort()
    const npm = spawn('npm', ['start'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dir,
        SLACK_BOT_TOKEN: 'xoxb-main-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    npm.stdout?.on('data', (d: Buffer) => {
      output += d.toString()
    })
    npm.stderr?.on('data', (d: Buffer) => {
      output += d.toString()
    })
    const closed = new Promise<void>((resolve) => npm.on('close', () => resolve()))
    try {
      const deadline = Date.now() + 20_000
      while (
        !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`)
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(output).not.toMatch(/tsc -p|npm run build/)
      expect(existsSync(join(dir, 'iran-talks.lock'))).toBe(true)
      npm.kill('SIGTERM')
      await closed // the pipes close only when the app itself has exited
      expect(output).toContain('SIGTERM: stopping')
      expect(existsSync(join(dir, 'iran-talks.lock'))).toBe(false)
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('LOG_LEVEL and HOST', () => {
  test('LOG_LEVEL=error prints no INFO (nor WARN) line, even once Bolt is running', async () => {
    const running = await startInstance({ LOG_LEVEL: 'error' })
    try {
      await command(running.base, 'help', 'quiet-help')
      expect(running.stdout()).not.toMatch(/INFO|WARN/)
      expect(running.stderr()).not.toMatch(/INFO|WARN/)
    } finally {
      await stopInstance(running)
    }
  })

  test('HOST=127.0.0.1: listens on that interface only, and says so', async () => {
    const running = await startInstance({ HOST: '127.0.0.1' })
    try {
      expect(running.stdout()).toMatch(/Listening for Slack on port \d+ \(interface 127\.0\.0\.1\)/)
    } finally {
      await stopInstance(running)
    }
  })
})

describe('with credentials (HTTP mode)', () => {
  let instance: Running
  let base = ''

  beforeAll(async () => {
    instance = await startInstance()
    base = instance.base
  })

  afterAll(async () => {
    await stopInstance(instance)
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
    expect(await stopInstance(instance)).toBe(0)
  })
})
