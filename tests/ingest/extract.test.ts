/** Drafting an article from a page: front matter from the page, only the article's paragraphs, scripts never run. */
import { describe, expect, test } from 'vitest'
import { draftFromHtml, draftFromText, paragraphsOf, pastedProblems } from '../../src/ingest/draft.js'
import { articleFileStem } from '../../src/ingest/file-name.js'
import { normalizePublished } from '../../src/ingest/published-date.js'
import { IngestRefusal } from '../../src/ingest/refusal.js'
import { draftStatements } from '../../src/ingest/statements.js'
import { fixturePage } from './helpers/news-server.js'

const PAGE_URL = 'https://harbour-ledger.example/world/2026/02/09/second-round-muscat'

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head.includes('<title>') ? '' : '<title>Envoys return</title>'}${head}</head><body><nav><a href="/">Home</a></nav><article>${body}</article></body></html>`
const TEXT =
  '<p>Mediators met the two delegations again on Sunday, and both sides said they were ready to continue talking in the weeks ahead, officials said.</p>' +
  '<p>The next meeting has not yet been scheduled, but diplomats in the region expect it before the end of the month, when the envoys return.</p>'

const refusal = (work: () => unknown): IngestRefusal => {
  try {
    work()
  } catch (error) {
    expect(error).toBeInstanceOf(IngestRefusal)
    return error as IngestRefusal
  }
  throw new Error('expected a refusal')
}

describe('a realistic news page', () => {
  const draft = draftFromHtml(fixturePage(), `${PAGE_URL}?utm_source=newsletter`)

  test('front matter: headline, outlet, publication instant, canonical link, byline', () => {
    expect(draft).toMatchObject({
      title: 'Mediators say second round of Iran–US talks could open in Muscat next week',
      source: 'The Harbour Ledger',
      published: '2026-02-09T08:15:00+04:00',
      url: PAGE_URL,
      byline: 'Ines Okafor',
    })
    expect(draft.links).toEqual([`${PAGE_URL}?utm_source=newsletter`, PAGE_URL])
  })

  test("the body is the article's paragraphs, verbatim and in order, with its subheadings", () => {
    expect(draft.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Omani mediators are preparing a second round of indirect talks between Iran and the United States that could open in Muscat as early as next week, officials familiar with the arrangements said on Monday.',
      },
      {
        kind: 'paragraph',
        text: '“Both delegations have told us they are ready to come back to the table, and we intend to host them before the end of the month,” said Leila Farahani, a spokeswoman for the Omani mediation team.',
      },
      {
        kind: 'paragraph',
        text: 'The first round, held on Friday in a villa outside the capital, ended without a joint statement but with what one diplomat described as “a working tone” between the two sides.',
      },
      { kind: 'heading', text: 'Missiles remain the sticking point' },
      {
        kind: 'paragraph',
        text: 'Washington wants any new framework to cover Iran’s ballistic missile programme, while Tehran has said repeatedly that the programme is not up for discussion.',
      },
      {
        kind: 'paragraph',
        text: 'Daniel Reyes, a State Department official, told reporters in Washington that the United States would “not sign anything that leaves the missile question open”.',
      },
      {
        kind: 'paragraph',
        text: 'Farahani said the agenda for the second meeting would be settled by the two delegations themselves, adding that Oman would “carry messages, not write them”.',
      },
      { kind: 'heading', text: 'Sanctions relief on the table' },
      {
        kind: 'paragraph',
        text: 'Iranian officials have signalled that any progress would depend on relief from sanctions on oil exports, which have cut the country’s revenue sharply since last year.',
      },
      {
        kind: 'paragraph',
        text: 'Analysts in the Gulf said the choice of Muscat again was a sign that both capitals trusted the Omani channel, which has carried messages between them for more than a decade.',
      },
    ])
  })

  test('no navigation, advertisement, caption, related link, share button, footer or script text', () => {
    const all = draft.blocks.map((b) => b.text).join('\n')
    for (const furniture of [
      'Sections',
      'Subscribe',
      'Advertisement',
      'Fly to Muscat',
      'Luxury apartments',
      'Boats in the harbour',
      'Related',
      'Who is Oman',
      'More from World',
      'Oil prices steady',
      'Share on',
      'Copy link',
      'Email this story',
      'All rights reserved',
      'Privacy',
      'SCRIPT RAN',
      'Middle East',
    ])
      expect(all).not.toContain(furniture)
  })

  test("the page's scripts never run", () => {
    expect((globalThis as Record<string, unknown>).__ingestScriptRan).toBeUndefined()
    expect(paragraphsOf(draft).some((p) => p.includes('SCRIPT RAN'))).toBe(false)
  })

  test('its statements and their speakers come from the core analysis', () => {
    const statements = draftStatements(draft)
    expect(statements).toContainEqual(expect.objectContaining({ speaker: 'Leila Farahani', kind: 'direct' }))
    expect(statements).toContainEqual(
      expect.objectContaining({ speaker: 'Daniel Reyes', text: expect.stringContaining('not sign anything') }),
    )
  })

  test('its file name: date as published, outlet without "The", headline cut between words', () => {
    expect(articleFileStem({ ...draft, published: draft.published ?? '' })).toBe(
      '2026-02-09-harbour-ledger-mediators-say-second-round-of-iran-us-talks-could-open-in',
    )
  })
})

describe('metadata fallbacks', () => {
  test('outlet: og:site_name, else the JSON-LD publisher, else the host', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Wire One"}}</script>'
    expect(draftFromHtml(page(ld, TEXT), 'https://www.wire.example/a').source).toBe('Wire One')
    expect(draftFromHtml(page('', TEXT), 'https://www.wire.example/a').source).toBe('wire.example')
  })

  test("date: JSON-LD datePublished, else article:published_time, else the article's <time>, never the fetch time", () => {
    const time = '<time datetime="2026-02-08T21:40:00Z">8 Feb</time>'
    expect(draftFromHtml(page('', `${time}${TEXT}`), 'https://x.example/a').published).toBe('2026-02-08T21:40:00Z')
    const meta = '<meta property="article:published_time" content="2026-02-08T10:00:00+0330">'
    expect(draftFromHtml(page(meta, `${time}${TEXT}`), 'https://x.example/a').published).toBe(
      '2026-02-08T10:00:00+03:30',
    )
    expect(draftFromHtml(page('', TEXT), 'https://x.example/a').published).toBeNull()
  })

  test('headline: without " | Outlet"; canonical link else the page address', () => {
    const d = draftFromHtml(
      page('<title>Envoys return | Wire One</title><meta property="og:site_name" content="Wire One">', TEXT),
      'https://x.example/a?b=1',
    )
    expect(d.title).toBe('Envoys return')
    expect(d.url).toBe('https://x.example/a?b=1')
  })

  test('byline: the JSON-LD authors, else the author meta tag without "By", never a profile link', () => {
    const byline = (head: string) => draftFromHtml(page(head, TEXT), 'https://x.example/a').byline
    expect(byline('<meta name="author" content="By Sam Lee">')).toBe('Sam Lee')
    expect(byline('<meta name="author" content="https://social.example/ledger">')).toBeNull()
  })

  test('a paragraph that only points elsewhere ("Read more: …") is left out', () => {
    const body = `${TEXT}<p>Read more: <a href="/r">Talks resume</a></p><p>Related — <a href="/s">Oman's role</a></p>`
    expect(paragraphsOf(draftFromHtml(page('', body), 'https://x.example/a'))).toHaveLength(2)
  })

  test('a <br> inside a paragraph is a space', () => {
    const d = draftFromHtml(
      page('<title>T</title>', `<p>First line of the paragraph<br>second line of it.</p>${TEXT}`),
      'https://x.example/a',
    )
    expect(paragraphsOf(d)[0]).toBe('First line of the paragraph second line of it.')
  })
})

describe('pages without an article', () => {
  test('a page built by scripts has "no article text"', () => {
    const r = refusal(() => draftFromHtml(fixturePage('app-shell.html'), 'https://live.example/talks'))
    expect(r.kind).toBe('no-article')
    expect(r.message).toMatch(/^no article text found on the page/)
  })

  test('a page of links has "no article text"', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/s/${i}">Story number ${i} about the talks in Oman</a></li>`,
    )
    const r = refusal(() =>
      draftFromHtml(page('<title>Index</title>', `<ul>${links.join('')}</ul>`), 'https://x.example/'),
    )
    expect(r.kind).toBe('no-article')
  })
})

describe('pasted text', () => {
  const input = {
    title: 'Envoys return',
    source: 'Wire One',
    published: '2026-02-10',
    url: 'https://wire.example/envoys',
    text: 'First paragraph, as pasted.\n\n## A subheading\nSecond paragraph.\n',
  }

  test('one paragraph per line, "## " lines are subheadings', () => {
    expect(draftFromText(input).blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph, as pasted.' },
      { kind: 'heading', text: 'A subheading' },
      { kind: 'paragraph', text: 'Second paragraph.' },
    ])
  })

  test('each missing or wrong field is named', () => {
    const problems = pastedProblems({ ...input, title: ' ', published: 'yesterday', url: 'file:///x', text: '' })
    expect(problems.map((p) => p.field)).toEqual(['title', 'published', 'url', 'text'])
    expect(problems[1]?.message).toContain('YYYY-MM-DD')
  })
})

test('normalizePublished keeps the instant and its offset, or only the date when there is no offset', () => {
  expect(normalizePublished('2026-02-09T08:15:00+04:00')).toBe('2026-02-09T08:15:00+04:00')
  expect(normalizePublished('2026-02-09T08:15Z')).toBe('2026-02-09T08:15:00Z')
  expect(normalizePublished('2026-02-09 08:15:30.123-0500')).toBe('2026-02-09T08:15:30-05:00')
  expect(normalizePublished('2026-02-09T08:15:00')).toBe('2026-02-09')
  expect(normalizePublished('2026-02-30')).toBeNull()
  expect(normalizePublished('Feb 9, 2026')).toBeNull()
})
