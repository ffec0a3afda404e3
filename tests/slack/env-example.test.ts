/** `.env.example` documents every variable `src/config.ts` reads, and works as it is with `node --env-file`. */
import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { expect, test } from 'vitest'
import { loadConfig, slackMode } from '../../src/config.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const example = read('.env.example')
const lines = example.split('\n')

/** The variables of the configuration schema, read from its source (so a new variable cannot be forgotten). */
const configVariables = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1])

test('lists every configuration variable, each with a comment just above', () => {
  expect(configVariables.length).toBeGreaterThan(8)
  for (const name of configVariables) {
    const at = lines.findIndex((l) => l.startsWith(`${name}=`))
    expect(at, `${name} in .env.example`).toBeGreaterThan(0)
    expect(lines[at - 1], `comment above ${name}`).toMatch(/^# /)
  }
})

test('lists nothing the configuration does not read', () => {
  const listed = lines.filter((l) => /^[A-Z]/.test(l)).map((l) => l.split('=')[0])
  expect(listed.sort()).toEqual([...configVariables].sort())
})

test('as it is, it parses (blank means unset) and asks for the Slack credentials', () => {
  const env = parseEnv(example) as Record<string, string>
  const config = loadConfig(env)
  expect(config.PORT).toBe(3000)
  expect(slackMode(config)).toEqual({ kind: 'missing', missing: expect.arrayContaining(['SLACK_BOT_TOKEN']) })
})
