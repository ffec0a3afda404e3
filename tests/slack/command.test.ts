/** `/iran-talks` end to end: signed HTTP requests in, response-URL posts out. */
import { describe, expect, test } from 'vitest'
import { LIMITS } from '../../src/render/mrkdwn.js'
import type { DigestCommandHandler, StoryService } from '../../src/slack/types.js'
import { answered, fakeStory, quote, source } from './helpers/fake-story.js'
import { allText, blocksOf, responseFor, type TestApp, useTestApp } from './helpers/harness.js'

let app: TestApp
let story: StoryService
let digest: DigestCommandHandler | undefined
const digestCalls: { args: string; ctx: unknown }[] = []

useTestApp(
  {
    story: () => story,
    get digest() {
      return digest
    },
  },
  (started) => {
    app = started
  },
  () => {
    story = fakeStory()
    digest = undefined
    digestCalls.length = 0
  },
)

describe('/iran-talks QUESTION', () => {
  test('acknowledges at once and answers privately through the response URL, with a Share button', async () => {
    const started = Date.now()
    const res = await app.command('What did Araghchi say about missiles?')
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(3000)
    const reply = (await responseFor(app, res.responseId)).body
    expect(reply.response_type).toBe('ephemeral')
    const text = allText(reply)
    expect(text).toContain('never negotiable')
    expect(text).toContain('Abbas Araghchi')
    expect(text).toContain("Iran's foreign minister")
    expect(text).toContain('7 Feb 2026')
    expect(text).toContain('Test Wire')
    expect(text).toContain('<https://example.com/talks|Iran says missiles are off the table>')
    expect(text).toContain('¶2')
    expect(typeof reply.text).toBe('string')
    const actions = blocksOf(reply).find((b) => b.type === 'actions')
    expect(actions?.elements?.[0]).toMatchObject({ action_id: 'share_answer', text: { text: 'Share in channel' } })
  })

  test('puts the answer first, then the numbered sources, then the buttons', async () => {
    const res = await app.command('What did Araghchi say about missiles?')
    const blocks = blocksOf((await responseFor(app, res.responseId)).body)
    const types = blocks.map((b) => b.type)
    expect(blocks[0]?.text?.text).toContain('never negotiable')
    const firstSource = blocks.findIndex((b) => b.text?.text.startsWith('*1.*'))
    expect(firstSource).toBeGreaterThan(0)
    expect(types.indexOf('actions')).toBeGreaterThan(firstSource)
  })

  test('says when the coverage does not answer, and what it can answer instead', async () => {
    story = fakeStory({
      ask: (question) => ({ question, answer: null, citations: [], suggestions: ['Where were the talks held?'] }),
    })
    const res = await app.command('What will the oil price be in 2030?')
    const reply = (await responseFor(app, res.responseId)).body
    const text = allText(reply)
    expect(text).toMatch(/coverage doesn't answer/i)
    expect(text).toContain('Where were the talks held?')
    expect(blocksOf(reply).some((b) => b.type === 'actions')).toBe(false)
  })

  test('handles a 4,000-character question', async () => {
    let asked = ''
    story = fakeStory({
      ask: (question) => {
        asked = question
        return answered(question)
      },
    })
    const long = `What did Araghchi say ${'about the talks and the missiles '.repeat(200)}`.slice(0, 4000)
    const res = await app.command(long)
    expect(res.status).toBe(200)
    const reply = (await responseFor(app, res.responseId)).body
    expect(asked).toBe(long.trim())
    const button = blocksOf(reply).find((b) => b.type === 'actions')?.elements?.[0]
    expect(button?.value?.length).toBeLessThanOrEqual(LIMITS.actionValue)
    for (const b of blocksOf(reply)) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
  })

  test('decodes what Slack escaped: "Q&amp;A" is asked as "Q&A" and shown escaped once', async () => {
    let asked = ''
    story = fakeStory({
      ask: (question) => {
        asked = question
        return { question, answer: null, citations: [] }
      },
    })
    const res = await app.command('Q&amp;A with Araghchi &lt;today&gt;?')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(asked).toBe('Q&A with Araghchi <today>?')
    expect(text).toContain('Q&amp;A with Araghchi &lt;today&gt;?')
  })
})

describe('/iran-talks help', () => {
  test.each(['help', '', '  ', 'HELP', '?'])('%j explains what it can answer, with examples', async (text) => {
    const res = await app.command(text)
    const reply = (await responseFor(app, res.responseId)).body
    expect(reply.response_type).toBe('ephemeral')
    const all = allText(reply)
    expect(all).toContain('/iran-talks who')
    expect(all).toContain('/iran-talks sources')
    expect(all).toContain('/iran-talks timeline')
    expect(all).toMatch(/For example/)
    expect(all).toContain('Mention <@UBOT0001>')
  })
})

describe('/iran-talks who', () => {
  test('without a name: everyone quoted, with role, count and dates', async () => {
    const res = await app.command('who')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toContain("*Abbas Araghchi*, Iran's foreign minister: 3 statements, 6 Feb 2026 – 7 Feb 2026")
  })

  test("with a name: that person's statements newest first, each dated and cited", async () => {
    let asked = ''
    story = fakeStory({
      whoNamed: (name) => {
        asked = name
        return [
          quote({ text: 'a good start', said: '2026-02-08', paragraph: 7 }),
          quote({ text: 'never negotiable', said: null, published: '2026-02-07', paragraph: 2 }),
        ]
      },
    })
    const res = await app.command('who Araghchi')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(asked).toBe('Araghchi')
    expect(text.indexOf('a good start')).toBeLessThan(text.indexOf('never negotiable'))
    expect(text).toContain('said 8 Feb 2026')
    expect(text).toContain('published 7 Feb 2026')
    expect(text).toContain('<https://example.com/talks|Iran says missiles are off the table>, ¶7')
  })

  test('"who represented the US" is not a name: with nobody by that name, it is asked as a question', async () => {
    const asked: string[] = []
    story = fakeStory({
      whoNamed: () => [],
      ask: (question) => {
        asked.push(question)
        return answered(question)
      },
    })
    const res = await app.command('who represented the US')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(asked).toEqual(['who represented the US'])
    expect(text).toContain('never negotiable')
  })

  test('a name nobody matches says so and lists who is quoted', async () => {
    story = fakeStory({ whoNamed: () => [], ask: (question) => ({ question, answer: null, citations: [] }) })
    const res = await app.command('who Zarif')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toContain('Nobody called “Zarif” is quoted in the coverage.')
    expect(text).toContain('Quoted: Abbas Araghchi.')
  })

  test('a long quote book is paginated within the limits', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      quote({ text: `statement ${i} ${'word '.repeat(150)}`, paragraph: i + 1 }),
    )
    story = fakeStory({ whoNamed: () => many })
    const res = await app.command('who Araghchi')
    const reply = (await responseFor(app, res.responseId)).body
    const blocks = blocksOf(reply)
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
    for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
    expect(allText(reply)).toContain('/iran-talks who Araghchi 2')
  })
})

describe('/iran-talks sources and timeline', () => {
  test('sources lists the articles', async () => {
    story = fakeStory({
      sources: () => [source(), source({ source: 'Other Daily', title: 'Second piece', url: null })],
    })
    const res = await app.command('sources')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toContain('2 articles from 2 outlets')
    expect(text).toContain('Test Wire — <https://example.com/talks|Iran says missiles are off the table>')
    expect(text).toContain('Other Daily — _Second piece_')
  })

  test('hundreds of sources stay within the limits and say how many more', async () => {
    story = fakeStory({
      sources: () =>
        Array.from({ length: 400 }, (_, i) => source({ article: `a${i}`, title: `Headline ${i} ${'x'.repeat(200)}` })),
    })
    const res = await app.command('sources')
    const reply = (await responseFor(app, res.responseId)).body
    expect(blocksOf(reply).length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
    for (const b of blocksOf(reply)) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
    expect(allText(reply)).toContain('…and 380 more: `/iran-talks sources 2`')
  })

  test('timeline lists the dated events in order', async () => {
    story = fakeStory({
      timeline: () => [
        {
          date: '2026-02-06',
          text: 'The talks were held in Muscat on Friday.',
          article: 'a',
          paragraph: 3,
          expression: 'on Friday',
          source: 'Test Wire',
        },
        {
          date: '2026-02-07',
          text: 'Trump signed an order on Saturday.',
          article: 'a',
          paragraph: 8,
          expression: 'on Saturday',
          source: 'Test Wire',
        },
      ],
    })
    const res = await app.command('timeline')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text.indexOf('6 Feb 2026')).toBeLessThan(text.indexOf('7 Feb 2026'))
    expect(text).toContain('The talks were held in Muscat on Friday.')
  })
})

describe('/iran-talks digest', () => {
  test('without a digest handler, says the digest is not configured', async () => {
    const res = await app.command('digest on')
    const text = allText((await responseFor(app, res.responseId)).body)
    expect(text).toMatch(/digest is not configured/)
  })

  test('delegates to the injected handler with the arguments and where it was typed', async () => {
    digest = async (args, ctx) => {
      digestCalls.push({ args, ctx })
      return {
        text: 'Digest on at 08:00',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Digest on' } }],
        responseType: 'in_channel',
      }
    }
    const res = await app.command('digest on 08:00')
    const reply = (await responseFor(app, res.responseId)).body
    expect(digestCalls).toEqual([
      {
        args: 'on 08:00',
        ctx: { channelId: 'C0DESK001', channelName: 'foreign-desk', userId: 'U0REPORTER', teamId: 'T0NEWS01' },
      },
    ])
    expect(reply).toMatchObject({ response_type: 'in_channel', text: 'Digest on at 08:00' })
  })
})

describe('failures', () => {
  test('a failure inside the handler is logged with context, the user gets an apology, and the app keeps serving', async () => {
    story = fakeStory({
      ask: () => {
        throw new Error('index exploded')
      },
    })
    const res = await app.command('What did Araghchi say?')
    expect(res.status).toBe(200)
    const reply = (await responseFor(app, res.responseId)).body
    expect(reply.response_type).toBe('ephemeral')
    expect(allText(reply)).toMatch(/^Sorry, something went wrong/m)
    const logged = app.logger.lines.find((l) => l.level === 'error' && l.text.includes('index exploded'))
    expect(logged?.text).toContain('user="U0REPORTER"')
    expect(logged?.text).toContain('channel="C0DESK001"')
    const ref = /ref ([0-9a-f]+)/.exec(logged?.text ?? '')?.[1]
    expect(ref && allText(reply)).toContain(ref)

    story = fakeStory()
    const again = await app.command('What did Araghchi say?')
    expect(allText((await responseFor(app, again.responseId)).body)).toContain('never negotiable')
  })

  test('a failing digest handler is answered with an apology too', async () => {
    digest = async () => {
      throw new Error('state file locked')
    }
    const res = await app.command('digest status')
    expect(allText((await responseFor(app, res.responseId)).body)).toMatch(/Sorry, something went wrong/)
  })

  test('without a response URL, the answer comes in the acknowledgement', async () => {
    const res = await app.command('What did Araghchi say?', { response_url: '' })
    expect(res.status).toBe(200)
    const body = res.json() as Record<string, unknown>
    expect(body.response_type).toBe('ephemeral')
    expect(allText(body)).toContain('never negotiable')
  })
})
