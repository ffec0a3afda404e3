/**
 * Writes a new file atomically: the content goes to a hidden temporary file in the same folder (which the corpus
 * watcher ignores), is flushed to disk, and is renamed to its name, so a reader sees no file or the whole file,
 * never half of one. Callers in this process are served one at a time per folder, so a name checked free is still
 * free at the rename.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { resolve } from 'node:path'

const queues = new Map<string, Promise<unknown>>()

/** Runs `work` after every earlier call for the same folder has finished. */
export function serialized<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(dir)
  const run = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work)
  const tail = run.catch(() => undefined)
  queues.set(key, tail)
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key)
  })
  return run
}

/** `stem.md`, or `stem-2.md`, `stem-3.md`, … when that name is taken (names compared without regard to case). */
export async function freeName(dir: string, stem: string): Promise<string> {
  const taken = new Set((await readdir(dir).catch(() => [] as string[])).map((n) => n.toLowerCase()))
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${stem}.md` : `${stem}-${i}.md`
    if (!taken.has(name.toLowerCase())) return name
  }
}

/** Creates `dir` if needed and writes `content` to `dir/name` through a temporary file and a rename. */
export async function writeNewFile(dir: string, name: string, content: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const temp = resolve(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, resolve(dir, name))
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
