import { TZDate } from '@date-fns/tz'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { Article, Paragraph } from './types.js'

/** Options for reading an article file. */
export type ParseOptions = {
  /** IANA zone in which a bare `published` date is midnight. */
  timezone: string
}

export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string }

/**
 * Limits that keep one file from holding the bot up (an article is analysed on the thread that answers) or flooding
 * an answer. Real articles stay far below: the longest paragraph in the evaluation sets has about 12,000
 * characters (a whole wire story without breaks), the longest article about 35,000.
 */
export const MAX_ARTICLE_CHARS = 500_000
export const MAX_PARAGRAPH_CHARS = 20_000

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

const text = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().trim().min(1, { message: 'is empty' }),
)
const optionalText = z.preprocess(
  (v) => (v === null || v === '' ? undefined : typeof v === 'number' ? String(v) : v),
  z.string().trim().optional(),
)

const FrontMatter = z
  .object({
    title: text,
    source: text,
    published: z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.string().trim()),
    url: optionalText,
    byline: optionalText,
    summary: optionalText,
  })
  .loose()

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.join('.') || 'front matter'
      if (issue.code === 'invalid_type' && issue.input === undefined) return `missing "${key}"`
      return `"${key}" ${issue.message}`
    })
    .join('; ')
}

/** Reads the `published` value: a bare date (midnight in `timezone`) or a date-time with an offset. */
export function parsePublished(
  value: string,
  timezone: string,
): { at: Date; localDate: string; dateOnly: boolean } | string {
  const bare = BARE_DATE.exec(value)
  if (bare) {
    const [y, m, d] = [Number(bare[1]), Number(bare[2]), Number(bare[3])]
    const at = new TZDate(y, m - 1, d, timezone)
    if (at.getFullYear() !== y || at.getMonth() !== m - 1 || at.getDate() !== d)
      return `"published" is not a real date: ${value}`
    return { at: new Date(at.getTime()), localDate: value, dateOnly: true }
  }
  const full = DATE_TIME.exec(value)
  if (full?.[1]) {
    const at = new Date(value)
    if (Number.isNaN(at.getTime()) || !BARE_DATE.test(full[1])) return `"published" is not a real date: ${value}`
    return { at, localDate: full[1], dateOnly: false }
  }
  return `"published" must be an ISO 8601 date (YYYY-MM-DD) or date-time with offset, got: ${value}`
}

/** Splits a Markdown body into numbered paragraphs; `## ` lines are subheadings, not paragraphs. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let heading: string | null = null
  let lines: string[] = []
  const flush = () => {
    const joined = lines.join(' ').replace(/\s+/g, ' ').trim()
    if (joined) paragraphs.push({ n: paragraphs.length + 1, text: joined, heading })
    lines = []
  }
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('## ') || line === '##') {
      flush()
      heading = line.replace(/^##\s*/, '').trim() || null
    } else if (line === '') flush()
    else lines.push(line)
  }
  flush()
  return paragraphs
}

const count = (n: number) => n.toLocaleString('en-GB')

/** Why `text` is not text (binary data, or mostly control characters), or null when it is. */
function notText(text: string): string | null {
  // control characters other than tab, line breaks and form feed, and bytes that were not valid UTF-8 (U+FFFD)
  let odd = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return 'it holds binary data (NUL bytes), not text: save the article as UTF-8 text'
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127 || c === 0xfffd) odd++
  }
  if (odd >= 8 && odd > text.length / 100)
    return `it is not text (${count(odd)} control characters or invalid UTF-8 bytes): save the article as UTF-8 text`
  return null
}

/** A YAML error with the line of the file it is on (the opening "---" is line 1), quoted. */
function yamlProblem(error: unknown, front: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const what = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0]
  if (!pos) return `front matter is not valid YAML: ${what}`
  const lines = front.split(/\r?\n/)
  const line = pos.line + 1
  // at the start of a line, the mistake is often at the end of the one before (an unclosed bracket or quote)
  const before = pos.col <= 1 && pos.line > 1 ? lines[pos.line - 2] : undefined
  return (
    `front matter is not valid YAML at line ${line}, column ${pos.col}: ${what}: ${JSON.stringify(lines[pos.line - 1] ?? '')}` +
    (before !== undefined ? ` (line ${line - 1} before it: ${JSON.stringify(before)})` : '')
  )
}

/** Parses one corpus file. Never throws: a broken file comes back with the reason. */
export function parseArticle(id: string, file: string, raw: string, options: ParseOptions): ParseResult {
  if (raw.length > MAX_ARTICLE_CHARS)
    return {
      ok: false,
      reason: `it is ${count(raw.length)} characters long; one article may have at most ${count(MAX_ARTICLE_CHARS)} (is it really one article?)`,
    }
  const binary = notText(raw)
  if (binary) return { ok: false, reason: binary }
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(raw)
  if (!match)
    return { ok: false, reason: 'no front matter (the file must start with a "---" line and close it with another)' }
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (error) {
    return { ok: false, reason: yamlProblem(error, match[1] ?? '') }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'front matter must be "key: value" lines' }
  const front = FrontMatter.safeParse(data)
  if (!front.success) return { ok: false, reason: describeIssues(front.error) }
  const published = parsePublished(front.data.published, options.timezone)
  if (typeof published === 'string') return { ok: false, reason: published }
  const paragraphs = splitParagraphs(match[2] ?? '')
  if (paragraphs.length === 0) return { ok: false, reason: 'the body has no paragraphs' }
  const long = paragraphs.find((p) => p.text.length > MAX_PARAGRAPH_CHARS)
  if (long)
    return {
      ok: false,
      reason: `paragraph ${long.n} is ${count(long.text.length)} characters long; a paragraph may have at most ${count(MAX_PARAGRAPH_CHARS)} (paragraphs are separated by a blank line)`,
    }
  return {
    ok: true,
    article: {
      id,
      file,
      title: front.data.title,
      source: front.data.source,
      published: front.data.published,
      publishedAt: published.at,
      localDate: published.localDate,
      dateOnly: published.dateOnly,
      url: front.data.url ?? null,
      byline: front.data.byline ?? null,
      summary: front.data.summary ?? null,
      paragraphs,
    },
  }
}
