/** The package's `bin` never runs a stale dist/ silently. In a copy of the layout: bin/, src/, dist/, node_modules. */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'

const repo = join(import.meta.dirname, '..')
let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bin-'))
  mkdirSync(join(root, 'bin'))
  cpSync(join(repo, 'bin', 'iran-talks.js'), join(root, 'bin', 'iran-talks.js'))
  writeFileSync(join(root, 'package.json'), '{"type":"module"}')
  mkdirSync(join(root, 'src'))
  writeFileSync(join(root, 'src', 'cli.ts'), "const from: string = 'source'\nconsole.log(from, process.argv[2])\n")
  mkdirSync(join(root, 'dist', 'src'), { recursive: true })
  writeFileSync(join(root, 'dist', 'src', 'cli.js'), "console.log('dist', process.argv[2])\n")
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

const run = () => spawnSync(process.execPath, [join(root, 'bin', 'iran-talks.js'), 'sources'], { encoding: 'utf8' })
const age = (path: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000)
  utimesSync(path, t, t)
}

test('dist/ at least as new as src/: runs dist/', () => {
  age(join(root, 'src', 'cli.ts'), 60)
  const r = run()
  expect(r.stdout).toBe('dist sources\n')
  expect(r.status).toBe(0)
})

test('a source file newer than dist/: runs the source through tsx', () => {
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'))
  age(join(root, 'dist', 'src', 'cli.js'), 60)
  const r = run()
  expect(r.stdout).toBe('source sources\n')
})

test('stale dist/ and no tsx (a production install): runs dist/ with a warning to rebuild', () => {
  age(join(root, 'dist', 'src', 'cli.js'), 60)
  const r = run()
  expect(r.stdout).toBe('dist sources\n')
  expect(r.stderr).toContain('dist/ is older than src/; run `npm run build`')
})
