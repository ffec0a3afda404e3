/**
 * The running bot (`src/main.ts` as a process, HTTP mode, against the fake Slack) adds an article from a link and
 * answers the next question from it, without a restart: `/iran-talks add URL` → preview → Add → file with
 * `added_by` in CORPUS_DIR → the corpus watcher applies it → the answer cites it.
 */
import type { ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type NewsServer, startNewsServer } from '../ingest/helpers/news-server.js'
import { type FakeSlack, startFakeSlack } from './helpers/fake-slack.js'
import { actionFixture, allText, commandFixture, nowSeconds, sign, waitFor } from './helpers/harness.js'
import { startMain, stopMain } from './helpers/main-process.js'

const root = join(import.meta.dirname, '..', '..')
const SECRET = 'main-add-test-signing-secret'
const ARTICLE = '/world/2026/02/09/second-round-muscat'

let slack: FakeSlack
let site: NewsServer
let child: ChildProcess
let dir: string
let base = ''

beforeAll(async () => {
  slack = await startFakeSlack()
  site = await startNewsServer('127.0.0.1')
  dir = await mkdtemp(join(tmpdir(), 'main-add-'))
  await cp(join(root, 'corpus'), join(dir, 'corpus'), { recursive: true })
  ;({ child, base } = await startMain({
    SLACK_BOT_TOKEN: 'xoxb-main-add-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    CORPUS_DIR: join(dir, 'corpus'),
    DATA_DIR: join(dir, 'data'),
    INGEST_ALLOW_HOSTS: site.hostPort,
  }))
})

afterAll(async () => {
  if (child) await stopMain(child)
  await site?.close()
  await slack?.close()
  await rm(dir, { recursive: true, force: true })
})

const post = (body: string) =>
  fetch(`${base}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body, nowSeconds(), SECRET) },
  })

const command = async (text: string, id: string) => {
  const res = await post(
    new URLSearchParams({ ...commandFixture(), text, response_url: slack.responseUrl(id) }).toString(),
  )
  expect(res.status).toBe(200)
  return (await waitFor(() => slack.responses.find((r) => r.id === id), 15_000, `the reply to ${text}`)).body
}

test('add → preview → Add → the file, with who added it → the next question is answered from it', async () => {
  const preview = await command(`add ${site.url(ARTICLE)}`, 'main-add')
  expect(allText(preview)).toContain('Add this article to the story?')
  const add = (preview.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === 'add_article')
  expect(add).toBeDefined()

  const payload = {
    ...actionFixture(),
    response_url: slack.responseUrl('main-add-click'),
    actions: [{ ...actionFixture().actions[0], action_id: 'add_article', value: add?.value }],
  }
  const click = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString())
  expect(click.status).toBe(200)
  const added = await waitFor(() => slack.responses.find((r) => r.id === 'main-add-click'), 15_000, 'the Add reply')
  expect(allText(added.body)).toContain('Added to the story by <@U0REPORTER>')
  expect(allText(added.body)).toContain('You can ask about it now')

  const name = (await readdir(join(dir, 'corpus'))).find((n) => n.includes('harbour-ledger')) ?? ''
  expect(await readFile(join(dir, 'corpus', name), 'utf8')).toContain('\nadded_by: U0REPORTER\n')

  const answer = await command('What did Leila Farahani say?', 'main-ask')
  expect(allText(answer)).toContain('*Leila Farahani*')
  expect(allText(answer)).toContain('The Harbour Ledger')
})
