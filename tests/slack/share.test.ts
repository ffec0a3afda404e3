/** The Share in channel button: the same answer, posted publicly through the response URL, crediting who asked. */
import { expect, test } from 'vitest'
import type { StoryService } from '../../src/slack/types.js'
import { answered, fakeStory } from './helpers/fake-story.js'
import { allText, blocksOf, responseFor, type TestApp, useTestApp } from './helpers/harness.js'

let app: TestApp
let story: StoryService

useTestApp(
  { story: () => story },
  (started) => {
    app = started
  },
  () => {
    story = fakeStory()
  },
)

/** Asks privately, and returns the Share button's value from the reply. */
async function askPrivately(question: string): Promise<{ value: string; private: Record<string, unknown> }> {
  const res = await app.command(question)
  const reply = (await responseFor(app, res.responseId)).body
  const value = blocksOf(reply).find((b) => b.type === 'actions')?.elements?.[0]?.value
  if (!value) throw new Error('no Share button')
  return { value, private: reply }
}

test('posts the same answer in the channel, crediting who asked, then removes the private copy', async () => {
  const { value, private: mine } = await askPrivately('What did Araghchi say about missiles?')
  const res = await app.click({ value }, { message_ts: undefined })
  expect(res.status).toBe(200)
  const shared = (await responseFor(app, res.responseId)).body
  expect(shared.response_type).toBe('in_channel')
  expect(shared.replace_original).toBe(false)
  const text = allText(shared)
  expect(text).toContain('Asked by <@U0REPORTER>')
  expect(text).toContain('What did Araghchi say about missiles?')
  // The same answer: the same blocks apart from the button and the credit line.
  const strip = (m: Record<string, unknown>) =>
    blocksOf(m).filter((b) => b.type !== 'actions' && !(b.type === 'context' && JSON.stringify(b).includes('sked')))
  expect(strip(shared)).toEqual(strip(mine))
  expect(blocksOf(shared).some((b) => b.type === 'actions')).toBe(false)
  expect((await responseFor(app, res.responseId, 1)).body).toEqual({ delete_original: true })
})

test('a question longer than a button value (up to 4,000 characters) is shared in full', async () => {
  const asked: string[] = []
  story = fakeStory({
    ask: (q) => {
      asked.push(q)
      return answered(q)
    },
  })
  const long = `What did Araghchi say ${'about the missiles and the talks '.repeat(130)}`.slice(0, 4000).trim()
  const { value } = await askPrivately(long)
  expect(value.length).toBeLessThanOrEqual(2000)
  const res = await app.click({ value })
  const shared = (await responseFor(app, res.responseId)).body
  expect(shared.response_type).toBe('in_channel')
  expect(asked).toEqual([long, long])
})

test('a button value the app does not know gets a polite note, not an error', async () => {
  const res = await app.click({ value: '{"k":"forgotten-after-restart"}' })
  const reply = (await responseFor(app, res.responseId)).body
  expect(reply.response_type).toBe('ephemeral')
  expect(allText(reply)).toMatch(/can no longer be shared/)
})

test('a failure while sharing is logged and apologised for privately', async () => {
  const { value } = await askPrivately('What did Araghchi say?')
  story = fakeStory({
    ask: () => {
      throw new Error('engine reload in progress')
    },
  })
  const res = await app.click(
    { value },
    { container: { type: 'message', message_ts: '1770400009.000001', is_ephemeral: true } },
  )
  const reply = (await responseFor(app, res.responseId)).body
  expect(reply.response_type).toBe('ephemeral')
  expect(allText(reply)).toMatch(/Sorry, something went wrong/)
  expect(app.logger.lines.some((l) => l.level === 'error' && l.text.includes('engine reload in progress'))).toBe(true)
})

test('a second click on the same private answer does not post it twice', async () => {
  const { value } = await askPrivately('What did Araghchi say?')
  const container = { type: 'message', message_ts: '1770400010.000001', channel_id: 'C0DESK001', is_ephemeral: true }
  const first = await app.click({ value }, { container })
  await responseFor(app, first.responseId)
  const second = await app.click({ value }, { container })
  expect(second.status).toBe(200)
  const third = await app.click({ value }) // another private answer: shared
  await responseFor(app, third.responseId)
  expect(app.slack.responses.filter((r) => r.id === second.responseId)).toEqual([])
})

test('a Share click without a message container (delivered twice) shares once', async () => {
  const { value } = await askPrivately('What did Araghchi say?')
  const first = await app.click({ value }, { container: undefined })
  await responseFor(app, first.responseId)
  const again = await app.click({ value }, { container: undefined })
  expect(again.status).toBe(200)
  await new Promise((r) => setTimeout(r, 100))
  expect(app.slack.responses.filter((r) => r.id === again.responseId)).toEqual([])
  const shared = app.slack.responses.filter((r) => r.id === first.responseId && r.body.response_type === 'in_channel')
  expect(shared).toHaveLength(1)
})
