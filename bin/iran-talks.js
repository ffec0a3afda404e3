#!/usr/bin/env node
import { spawnSync } from 'node:child_process'
// The package's `bin`: runs the compiled CLI (`npm run build` first), else the TypeScript source through tsx.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const built = join(root, 'dist', 'src', 'cli.js')
const args = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'cli.ts')]
const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(r.status ?? 1)
