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

/** Parses one corpus file. Never throws: a broken file comes back with the reason. */
export function parseArticle(id: string, file: string, raw: string, options: ParseOptions): ParseResult {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(raw)
  if (!match)
    return { ok: false, reason: 'no front matter (the file must start with a "---" line and close it with another)' }
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'front matter must be "key: value" lines' }
  const front = FrontMatter.safeParse(data)
  if (!front.success) return { ok: false, reason: describeIssues(front.error) }
  const published = parsePublished(front.data.published, options.timezone)
  if (typeof published === 'string') return { ok: false, reason: published }
  const paragraphs = splitParagraphs(match[2] ?? '')
  if (paragraphs.length === 0) return { ok: false, reason: 'the body has no paragraphs' }
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
