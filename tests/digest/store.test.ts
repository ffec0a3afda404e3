import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { emptyState, openDigestStore, STATE_FILE } from '../../src/digest/store.js'
import { recordingLogger } from '../fixtures/digest/slack.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'digest-store-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const subscribe = (channel: string) => (s: ReturnType<typeof emptyState>) => {
  s.subscriptions[channel] = {
    channel,
    channelName: null,
    enabled: true,
    time: '08:00',
    timezone: 'UTC',
    since: null,
    by: 'U1',
    updatedAt: '2026-02-07T00:00:00.000Z',
  }
}

describe('the digest state file', () => {
  test('starts empty, saves atomically and reads back after a restart', async () => {
    const store = await openDigestStore({ dir: join(dir, 'nested', 'data') })
    expect(store.read()).toEqual(emptyState())
    await store.update(subscribe('C1'))
    const again = await openDigestStore({ dir: join(dir, 'nested', 'data') })
    expect(Object.keys(again.read().subscriptions)).toEqual(['C1'])
    expect(await readdir(join(dir, 'nested', 'data'))).toEqual([STATE_FILE])
  })

  test('changes are applied one at a time, in order', async () => {
    const store = await openDigestStore({ dir })
    await Promise.all(['C1', 'C2', 'C3', 'C4'].map((c) => store.update(subscribe(c))))
    const saved = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8'))
    expect(Object.keys(saved.subscriptions)).toEqual(['C1', 'C2', 'C3', 'C4'])
  })

  test('read() hands out copies', async () => {
    const store = await openDigestStore({ dir })
    subscribe('C9')(store.read())
    expect(store.read().subscriptions).toEqual({})
  })

  test('survives a torn temporary file left by a crash mid-write', async () => {
    const store = await openDigestStore({ dir })
    await store.update(subscribe('C1'))
    // the crash: a half-written temp file that was never renamed
    await writeFile(join(dir, `${STATE_FILE}.4242.7.tmp`), '{"version":1,"subscriptions":{"C2":{"chan')
    const logger = recordingLogger()
    const reopened = await openDigestStore({ dir, logger })
    expect(Object.keys(reopened.read().subscriptions)).toEqual(['C1'])
    expect(await readdir(dir)).toEqual([STATE_FILE])
    expect(logger.text('warn')).toMatch(/interrupted write/)
  })

  test.each([
    ['a partial file', '{"version":1,"subscriptions":{"C1":{"channel":"C1"'],
    ['not JSON', 'garbage'],
    ['the wrong shape', '{"version":2,"subscriptions":[]}'],
  ])('tolerates %s: logs, keeps a .corrupt copy, starts empty and marks the recovery', async (_name, content) => {
    await writeFile(join(dir, STATE_FILE), content)
    const logger = recordingLogger()
    const store = await openDigestStore({ dir, logger, now: () => new Date('2026-02-08T09:00:00Z') })
    expect(store.read()).toEqual({ ...emptyState(), recoveredAt: '2026-02-08T09:00:00.000Z' })
    const files = await readdir(dir)
    const copy = files.find((f) => f.endsWith('.corrupt'))
    expect(copy).toBeDefined()
    expect(await readFile(join(dir, copy ?? ''), 'utf8')).toBe(content)
    expect(logger.text('error')).toMatch(/is corrupt .*kept it as/)
    // the fresh state was saved, so the next start is clean
    const next = await openDigestStore({ dir, logger: recordingLogger() })
    expect(next.read().recoveredAt).toBe('2026-02-08T09:00:00.000Z')
  })

  test('a failed save leaves the previous state current and rejects', async () => {
    const store = await openDigestStore({ dir })
    await store.update(subscribe('C1'))
    await rm(dir, { recursive: true, force: true }) // the folder disappears under us
    await expect(store.update(subscribe('C2'))).rejects.toThrow(/cannot save/)
    expect(Object.keys(store.read().subscriptions)).toEqual(['C1'])
  })
})
