#!/usr/bin/env node
// The package's `bin`: runs the compiled CLI (dist/, from `npm run build`) when it is up to date with src/, else
// the TypeScript source through tsx. A dist/ older than a source file is never run silently: with tsx installed the
// source runs instead; without it, dist/ runs with a warning to rebuild.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'dist', 'src', 'cli.js')
const source = join(root, 'src', 'cli.ts')

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function hasTsx() {
  try {
    createRequire(join(root, 'package.json')).resolve('tsx')
    return true
  } catch {
    return false
  }
}

const haveSource = existsSync(source)
const fresh = existsSync(built) && (!haveSource || statSync(built).mtimeMs >= newest(join(root, 'src')))
let args
if (fresh) args = [built]
else if (haveSource && hasTsx()) args = ['--import', 'tsx', source]
else if (existsSync(built)) {
  process.stderr.write('warning: dist/ is older than src/; run `npm run build` to bring it up to date\n')
  args = [built]
} else {
  process.stderr.write('error: neither dist/ (npm run build) nor tsx (npm install) is available to run the CLI\n')
  process.exit(1)
}
const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(r.status ?? 1)
