import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DataDirLockedError, DataDirUnusableError, LOCK_FILE, lockDataDir, STALE_MS } from '../../src/digest/lock.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'data-lock-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The pid of a process that has exited (so no process has it, for now). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid ?? 999_999

describe('the DATA_DIR lock', () => {
  test('is taken in a new folder, names its holder, and is released', async () => {
    const lock = await lockDataDir(join(dir, 'data'), { host: 'web-1' })
    const saved = JSON.parse(await readFile(join(dir, 'data', LOCK_FILE), 'utf8'))
    expect(saved).toMatchObject({ pid: process.pid, host: 'web-1' })
    await lock.release()
    expect(existsSync(join(dir, 'data', LOCK_FILE))).toBe(false)
  })

  test('a second instance is refused, naming the holder (pid, host, since)', async () => {
    const first = await lockDataDir(dir, { host: 'web-1', now: () => new Date('2026-02-07T08:00:00Z') })
    const second = lockDataDir(dir, { host: 'web-1', pid: process.pid + 1, isAlive: () => true })
    await expect(second).rejects.toThrow(DataDirLockedError)
    await expect(second).rejects.toThrow(
      `is in use by another instance of the bot (pid ${process.pid} on web-1, running since 2026-02-07T08:00:00.000Z)`,
    )
    await first.release()
    const third = await lockDataDir(dir, { host: 'web-1', pid: process.pid + 1, isAlive: () => true })
    await third.release()
  })

  test('a lock left by a process that is gone is taken over', async () => {
    const pid = deadPid()
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host: 'web-1', startedAt: '2026-02-01T00:00:00Z' }))
    const lock = await lockDataDir(dir, { host: 'web-1' })
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    expect(await readdir(dir)).toEqual([LOCK_FILE])
    await lock.release()
  })

  test('from another host: refused while refreshed, taken over once it has not been for a while', async () => {
    const file = join(dir, LOCK_FILE)
    await writeFile(file, JSON.stringify({ pid: 7, host: 'web-2', startedAt: '2026-02-01T00:00:00Z' }))
    await expect(lockDataDir(dir, { host: 'web-1' })).rejects.toThrow('pid 7 on web-2')
    const old = new Date(Date.now() - STALE_MS - 1000)
    await utimes(file, old, old)
    const lock = await lockDataDir(dir, { host: 'web-1' })
    await lock.release()
  })

  test('release leaves a lock that is no longer ours alone', async () => {
    const lock = await lockDataDir(dir)
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other', startedAt: 'x' }))
    await lock.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true)
  })

  test('a DATA_DIR that is a file, or under a file, is unusable (and says why)', async () => {
    await writeFile(join(dir, 'data'), 'not a folder')
    await expect(lockDataDir(join(dir, 'data'))).rejects.toThrow(DataDirUnusableError)
    await expect(lockDataDir(join(dir, 'data'))).rejects.toThrow(/is a file/)
    await expect(lockDataDir(join(dir, 'data', 'inside'))).rejects.toThrow(DataDirUnusableError)
  })
})
