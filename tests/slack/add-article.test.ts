/**
 * Adding articles from Slack, end to end over real HTTP: the app (with the real engine and the corpus watcher on a
 * temporary corpus), a local news site on 127.0.0.1, and the fake Slack Web API. `/iran-talks add URL` → private
 * preview → Add → the file is written with who added it → the next question is answered from it; the shortcut;
 * the form for pasting the text.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type Engine, openEngine } from '../../src/engine.js'
import { type CorpusWatcher, watchCorpus } from '../../src/live/watch-corpus.js'
import { LIMITS } from '../../src/render/mrkdwn.js'
import { type NewsServer, startNewsServer } from '../ingest/helpers/news-server.js'
import { BOT_USER_ID } from './helpers/fake-slack.js'
import { allText, blocksOf, responseFor, startTestApp, type TestApp, waitFor } from './helpers/harness.js'
import { messageShortcut, submitView } from './helpers/interactive.js'

const root = join(import.meta.dirname, '..', '..')
const ARTICLE = '/world/2026/02/09/second-round-muscat'
const HOSTILE = `<!doctype html><html><head><title>x</title>
<meta property="og:title" content="&lt;!channel&gt; Talks &amp; &lt;http://evil.example|reuters.com&gt;">
<meta property="og:site_name" content="&lt;@U0BOSS&gt; Wire">
<meta property="article:published_time" content="2026-02-11T10:00:00Z"></head>
<body><article><p>The talks resumed on Wednesday, with &lt;!here&gt; both delegations in the same building for the first time, officials said.</p>
<p>“We are closer than we were,” said Omar Haddad, an adviser to the mediators, adding that a statement could follow.</p></article></body></html>`

let app: TestApp
let engine: Engine
let watcher: CorpusWatcher
let site: NewsServer
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-add-'))
  await cp(join(root, 'corpus'), dir, { recursive: true })
  site = await startNewsServer('127.0.0.1', {
    '/hostile': HOSTILE,
    // a slow site: the page comes after 1.5 s
    '/slow': (res) => {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(HOSTILE)
      }, 1500)
    },
  })
  engine = await openEngine({ corpusDir: dir, timezone: 'UTC' })
  watcher = watchCorpus(dir, engine, { timezone: 'UTC', debounceMs: 30, rescanMs: 0 })
  app = await startTestApp({
    story: () => engine,
    ingest: {
      corpusDir: dir,
      timezone: 'UTC',
      fetch: { allowHosts: [{ host: '127.0.0.1', port: site.port }] },
      served: (id) => engine.hasArticle(id),
    },
  })
})
afterAll(async () => {
  watcher?.close()
  await app?.stop()
  await site?.close()
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => app.slack.reset())

const files = async () => (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()
type Message = Record<string, unknown>
const buttons = (message: Message) => blocksOf(message).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
const buttonValue = (message: Message, label: string): string => {
  const found = buttons(message).find((e) => (e.text as { text?: string } | undefined)?.text === label)
  if (!found?.value) throw new Error(`no ${label} button`)
  return found.value
}

function expectWithinLimits(message: Message): void {
  const blocks = blocksOf(message)
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
  for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText)
  expect(String(message.text).length).toBeLessThanOrEqual(LIMITS.fallbackText)
  for (const e of buttons(message)) expect(String(e.value).length).toBeLessThanOrEqual(LIMITS.actionValue)
}

async function preview(link: string): Promise<Message> {
  const res = await app.command(`add ${link}`)
  expect(res.status).toBe(200)
  return (await responseFor(app, res.responseId)).body
}

describe('/iran-talks add URL', () => {
  let shown: Message

  test('answers privately with a preview: headline, outlet, date, first paragraph, paragraphs, statements, Add and Cancel', async () => {
    const before = await files()
    shown = await preview(`<${site.url(ARTICLE)}>`)
    expect(shown.response_type).toBe('ephemeral')
    const text = allText(shown)
    expect(text).toContain(
      `*<${site.url(ARTICLE)}|Mediators say second round of Iran–US talks could open in Muscat next week>*`,
    )
    expect(text).toContain('The Harbour Ledger · Mon 9 Feb 2026, 08:15 +04:00 · by Ines Okafor')
    expect(text).toContain('>Omani mediators are preparing a second round of indirect talks')
    expect(text).toContain('8 paragraphs · 8 statements from')
    expect(text).toContain('• *Leila Farahani*: “Both delegations have told us')
    expect(text).toContain('• *Daniel Reyes*:')
    expect(buttons(shown).map((b) => (b.text as { text: string }).text)).toEqual(['Add', 'Cancel'])
    expect(text).not.toMatch(/Advertisement|Boats in the harbour|Share on/)
    expectWithinLimits(shown)
    expect(await files()).toEqual(before)
  })

  test('Add writes the file with who added it, says so, and the next question is answered from it', async () => {
    const before = await files()
    const click = await app.click({ action_id: 'add_article', value: buttonValue(shown, 'Add') })
    expect(click.status).toBe(200)
    const reply = (await responseFor(app, click.responseId)).body
    expect(reply.replace_original).toBe(true)
    const text = allText(reply)
    expect(text).toContain('Added to the story by <@U0REPORTER>')
    expect(text).toContain('You can ask about it now: `/iran-talks What did Leila Farahani say?`')
    const added = (await files()).filter((f) => !before.includes(f))
    expect(added).toEqual(['2026-02-09-harbour-ledger-mediators-say-second-round-of-iran-us-talks-could-open-in.md'])
    const file = await readFile(join(dir, added[0] ?? ''), 'utf8')
    expect(file).toContain('\nadded_by: U0REPORTER\n')
    expect(file).toContain(`\nurl: ${site.url(ARTICLE)}\n`)

    const ask = await app.command('What did Daniel Reyes say?')
    const answer = allText((await responseFor(app, ask.responseId)).body)
    expect(answer).toContain('*Daniel Reyes*')
    expect(answer).toContain('not sign anything that leaves the missile question open')
    expect(answer).toContain('The Harbour Ledger')
  })

  test('a second click on the same Add, or the same link again, adds nothing', async () => {
    const before = await files()
    const again = await app.click({ action_id: 'add_article', value: buttonValue(shown, 'Add') })
    expect(again.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(app.slack.responses.filter((r) => r.id === again.responseId)).toEqual([])

    const repeat = await preview(site.url('/short/talks'))
    expect(allText(repeat)).toContain('Already in the story (the same link)')
    expect(allText(repeat)).toContain('2026-02-09-harbour-ledger-mediators-say')
    expect(buttons(repeat)).toEqual([])
    expect(await files()).toEqual(before)
  })

  test('a double-clicked Add on a fresh preview writes once', async () => {
    const hostile = await preview(site.url('/hostile'))
    const value = buttonValue(hostile, 'Add')
    const before = await files()
    const [a, b] = await Promise.all([
      app.click({ action_id: 'add_article', value }),
      app.click({ action_id: 'add_article', value }),
    ])
    await waitFor(() => app.slack.responses.find((r) => r.id === a.responseId || r.id === b.responseId))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await files()).length).toBe(before.length + 1)
    expect(app.slack.responses.filter((r) => r.id === a.responseId || r.id === b.responseId)).toHaveLength(1)
  })

  test("outside text is escaped: a page's headline and outlet ping nobody and link nowhere", async () => {
    const shown = await preview(`${site.url('/hostile')}?again=1`)
    const text = allText(shown)
    expect(text).not.toContain('<!channel>')
    expect(text).not.toContain('<@U0BOSS>')
    expect(text).not.toContain('<http://evil.example|')
    expect(text).toContain('Already in the story')
    expect(text).toContain('&lt;!channel&gt; Talks &amp; &lt;http://evil.example|reuters.com&gt;')
  })

  test('Cancel adds nothing', async () => {
    const before = await files()
    const shown = await preview(site.url('/gzip'))
    expect(allText(shown)).toContain('Already in the story (the same text)')
    const fresh = await preview(site.url('/no-date'))
    const click = await app.click({ action_id: 'cancel_add', value: buttonValue(fresh, 'Cancel') })
    expect(allText((await responseFor(app, click.responseId)).body)).toContain('Not added')
    expect(await files()).toEqual(before)
  })

  test.each([
    [
      'a loopback address that is not listed',
      'http://127.0.0.2:8080/x',
      /address not allowed: 127\.0\.0\.2 is a loopback address/,
    ],
    ['a PDF', '/report.pdf', /not a web page: the link is a PDF document/],
    ['a 404', '/gone', /not found: the site answered HTTP 404/],
    ['a file: link', 'file:///etc/passwd', /only http and https links can be added/],
  ])('%s is refused with the reason, privately, writing nothing', async (_what, path, reason) => {
    const before = await files()
    const reply = await preview(path.startsWith('/') ? site.url(path) : path)
    expect(reply.response_type).toBe('ephemeral')
    const text = allText(reply)
    expect(text).toMatch(/^:x: Could not add /)
    expect(text).toMatch(reason)
    expect(text).not.toMatch(/\n\s+at |node_modules|\/tmp\/|\.ts:\d/)
    expect(await files()).toEqual(before)
  })
})

test('a slow site does not hold up answers: a question asked while a page loads is answered first', async () => {
  const add = await app.command(`add ${site.url('/slow')}`)
  const ask = await app.command('Where were the talks held?')
  expect(add.status).toBe(200)
  expect(ask.status).toBe(200)
  await responseFor(app, ask.responseId)
  expect(app.slack.responses.filter((r) => r.id === add.responseId)).toEqual([])
  expect(allText((await responseFor(app, add.responseId)).body)).toContain('Talks &amp;')
})

describe('when the page cannot be read: the form to paste the text', () => {
  test('offers Paste the text…, opens the form, and adds what is pasted, with who added it', async () => {
    const reply = await preview(site.url('/app-shell'))
    expect(allText(reply)).toMatch(/no article text found on the page/)
    const click = await app.click({ action_id: 'paste_article', value: buttonValue(reply, 'Paste the text…') })
    const open = await waitFor(() => app.slack.callsOf('views.open')[0])
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] }
    expect(open.args.trigger_id).toBe('1.2.4')
    expect(view.callback_id).toBe('paste_article_form')
    expect(view.blocks.map((b) => b.block_id).filter(Boolean)).toEqual([
      'title',
      'source',
      'published',
      'url',
      'text_1',
      'text_2',
      'text_3',
      'text_4',
    ])

    const invalid = await submitView(app, view, { title: 'Live talks', source: '', published: 'today', text_1: '' })
    expect(invalid.json()).toMatchObject({
      response_action: 'errors',
      errors: {
        source: expect.any(String),
        published: expect.stringContaining('YYYY-MM-DD'),
        text_1: expect.any(String),
      },
    })

    const before = await files()
    const ok = await submitView(app, view, {
      title: 'Envoys stay on in Muscat',
      source: 'Dispatch Live',
      published: '2026-02-09T07:00:00Z',
      url: site.url('/app-shell'),
      text_1: 'Both envoys will stay in Muscat for another day, officials said.',
      text_2: '"We have more to discuss," said Samir Nouri, a member of the Omani team.',
    })
    expect(ok.status).toBe(200)
    expect(ok.text).toBe('')
    const answer = await responseFor(app, click.responseId)
    expect(allText(answer.body)).toContain('Added to the story by <@U0REPORTER>')
    const added = (await files()).filter((f) => !before.includes(f))
    expect(added).toEqual(['2026-02-09-dispatch-live-envoys-stay-on-in-muscat.md'])
    const file = await readFile(join(dir, added[0] ?? ''), 'utf8')
    expect(file).toContain('added_by: U0REPORTER')
    expect(file).toContain('\n---\nBoth envoys will stay in Muscat for another day, officials said.\n\n"We have more')
  })

  test('a page without a date is previewed with Add with a date…, which asks for the date alone', async () => {
    const reply = await preview(site.url('/no-date'))
    expect(allText(reply)).toContain('The page gives no publication date')
    const click = await app.click({ action_id: 'paste_article', value: buttonValue(reply, 'Add with a date…') })
    const open = await waitFor(() => app.slack.callsOf('views.open')[0])
    const view = open.args.view as { callback_id: string; private_metadata: string; title: { text: string } }
    expect(view.title.text).toBe('Publication date')
    const before = await files()
    await submitView(app, view, { published: '2026-02-10' })
    expect(allText((await responseFor(app, click.responseId)).body)).toContain('Added to the story')
    const added = (await files()).filter((f) => !before.includes(f))
    expect(added).toEqual([
      '2026-02-10-gulf-evening-courier-omans-foreign-ministry-says-both-sides-asked-for-more-time.md',
    ])
    expect(await readFile(join(dir, added[0] ?? ''), 'utf8')).toContain('\npublished: 2026-02-10\n')
  })
})

describe('the Add to story shortcut', () => {
  test('previews the link in the message, privately', async () => {
    const res = await messageShortcut(app, 'add_to_story', {
      text: `Worth adding? <${site.url(ARTICLE)}?ref=chat|harbour-ledger.example/world/…>`,
    })
    expect(res.status).toBe(200)
    const reply = (await responseFor(app, res.responseId)).body
    expect(reply.response_type).toBe('ephemeral')
    expect(allText(reply)).toContain('Already in the story (the same link)')
  })

  test('a link in the rich-text blocks of the message is found', async () => {
    const link = site
      .url('/world/2026/02/09/second-round-muscat')
      .replace('second-round-muscat', 'second-round-muscat/')
    const res = await messageShortcut(app, 'add_to_story', {
      text: 'see thread',
      blocks: [
        { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'link', url: link }] }] },
      ],
    })
    const reply = (await responseFor(app, res.responseId)).body
    expect(allText(reply)).toContain('Already in the story')
  })

  test('a message without a link says so and offers the form', async () => {
    const res = await messageShortcut(app, 'add_to_story', { text: 'Anyone seen the Muscat story?' })
    const reply = (await responseFor(app, res.responseId)).body
    expect(allText(reply)).toContain('the message holds no link')
    expect(buttons(reply).map((b) => (b.text as { text: string }).text)).toEqual(['Paste the text…'])
  })
})

test('the help says how to add an article', async () => {
  const res = await app.command('help')
  expect(allText((await responseFor(app, res.responseId)).body)).toContain('`/iran-talks add LINK` (or *Add to story*')
})

test('a mention asking to add is told to use the command or the shortcut (the preview is private)', async () => {
  await app.mention({ text: `<@${BOT_USER_ID}> add ${site.url(ARTICLE)}` })
  const post = await waitFor(() => app.slack.callsOf('chat.postMessage')[0])
  expect(allText(post.args)).toContain('/iran-talks add LINK')
})
