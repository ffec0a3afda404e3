/**
 * `npm start` (src/main.ts) as a process, in the situations a failure drill sets up: two instances on one DATA_DIR,
 * an unusable DATA_DIR, a corpus folder replaced by a deploy, `npm start` itself and its SIGTERM, LOG_LEVEL, HOST.
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
import { type MainProcess, spawnMain, stopMain } from './helpers/main-process.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SECRET = 'main-hardening-signing-secret'

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)

let slack: FakeSlack
beforeAll(async () => {
  slack = await startFakeSlack()
})
afterAll(async () => {
  await slack?.close()
})

/** A port nobody listens on now (for an instance that does not say which port it took). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

type Instance = MainProcess & { stdout: () => string; stderr: () => string }

/** What a process prints, as it prints it. */
function captured(child: ChildProcess): { stdout: () => string; stderr: () => string } {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString()
  })
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  return { stdout: () => stdout, stderr: () => stderr }
}

/** Waits until `base`/healthz answers; fails if `child` exits first or after `ms`, with what it printed. */
async function untilListening(base: string, child: ChildProcess, printed: () => string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${printed()}`)
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.status > 0,
        () => false,
      )
    )
      return
    if (Date.now() > deadline) throw new Error(`not listening after ${ms} ms:\n${printed()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The environment of an instance with credentials against the fake Slack, on 127.0.0.1:`port`. */
const credentials = (port: number): Record<string, string> => ({
  SLACK_BOT_TOKEN: 'xoxb-main-test',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: slack.apiUrl,
  PORT: String(port),
  HOST: '127.0.0.1',
})

/**
 * Starts the app with credentials against the fake Slack on a free port of 127.0.0.1, and waits until /healthz
 * answers (so it works whatever LOG_LEVEL says).
 */
async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort()
  const child = spawnMain({ ...credentials(port), CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ...env })
  const { stdout, stderr } = captured(child)
  const base = `http://127.0.0.1:${port}`
  await untilListening(base, child, () => stdout() + stderr())
  return { child, base, output: () => stdout() + stderr(), stdout, stderr }
}

const stopInstance = async (instance: Instance | undefined) => (instance ? stopMain(instance.child) : null)

/** Runs the app until it exits (it should not start). */
function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawnMain(env)
  const { stderr } = captured(child)
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr: stderr() })))
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
    let first: Instance | undefined
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
      expect(existsSync(join(dir, 'iran-talks.lock'))).toBe(false) // the lock goes with it
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
      // HOST=127.0.0.1 (startInstance sets it): listens on that interface only, and says so
      expect(running.stdout()).toMatch(/Listening for Slack on port \d+ \(interface 127\.0\.0\.1\)/)
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
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dir, ...credentials(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const printed = captured(npm)
    const output = () => printed.stdout() + printed.stderr()
    const closed = new Promise<void>((resolve) => npm.on('close', () => resolve()))
    try {
      await untilListening(`http://127.0.0.1:${port}`, npm, output)
      expect(output()).not.toMatch(/tsc -p|npm run build/)
      expect(existsSync(join(dir, 'iran-talks.lock'))).toBe(true)
      npm.kill('SIGTERM')
      await closed // the pipes close only when the app itself has exited
      expect(output()).toContain('SIGTERM: stopping')
      expect(existsSync(join(dir, 'iran-talks.lock'))).toBe(false)
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('LOG_LEVEL', () => {
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
})
