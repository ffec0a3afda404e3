/**
 * An article about to be added: its front matter and its blocks, from a fetched or saved page, or from text a
 * person pasted. Not yet checked against the corpus, not yet written.
 */
import { collapse, parseDocument } from './dom.js'
import { type ArticleBlock, extractArticle } from './extract-article.js'
import { outletFromHost, readPageMetadata, withoutOutlet } from './page-metadata.js'
import { normalizePublished } from './published-date.js'
import { IngestRefusal } from './refusal.js'

export type ArticleDraft = {
  title: string
  source: string
  /** Normalised (YYYY-MM-DD or date-time with offset), or null when the page gives none. */
  published: string | null
  /** The canonical link, when known. */
  url: string | null
  byline: string | null
  blocks: ArticleBlock[]
  /** Every link that led to this article (as given, redirects, canonical): any of them in the corpus is a duplicate. */
  links: string[]
}

/** Less article text than this is not an article (a paywall's teaser, a page built by scripts, an index page). */
export const MIN_ARTICLE_CHARS = 200

export const paragraphsOf = (draft: Pick<ArticleDraft, 'blocks'>): string[] =>
  draft.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)

const NO_TEXT = 'no article text found on the page (it may be behind a paywall, or built by scripts in the browser)'

/** The draft of the article on a page: metadata first (extraction changes the document), then the text. */
export function draftFromHtml(html: string, pageUrl: string, links: readonly string[] = []): ArticleDraft {
  const base = new URL(pageUrl)
  const doc = parseDocument(html)
  const meta = readPageMetadata(doc, base)
  const extracted = extractArticle(doc, meta.title)
  const chars = paragraphsOf(extracted).reduce((n, p) => n + p.length, 0)
  if (chars < MIN_ARTICLE_CHARS) throw new IngestRefusal('no-article', NO_TEXT)
  const title = meta.title ?? (extracted.title ? withoutOutlet(extracted.title, meta.source) : null)
  if (!title) throw new IngestRefusal('no-title', 'no headline found on the page')
  return {
    title,
    source: meta.source,
    published: meta.published,
    url: meta.url,
    byline: meta.byline ?? extracted.byline,
    blocks: extracted.blocks,
    links: [...new Set([...links, pageUrl, meta.url])],
  }
}

export type PastedArticle = {
  title: string
  source: string
  published: string
  url?: string | null
  /** One paragraph per line (blank lines are ignored); a line starting with "## " is a subheading. */
  text: string
}

export type PastedProblem = { field: keyof PastedArticle; message: string }

/** What is wrong with a pasted article, field by field (empty when nothing is). */
export function pastedProblems(input: PastedArticle): PastedProblem[] {
  const problems: PastedProblem[] = []
  const problem = (field: keyof PastedArticle, message: string) => problems.push({ field, message })
  if (!collapse(input.title)) problem('title', 'Give the headline.')
  if (!collapse(input.source)) problem('source', 'Give the outlet, as you would credit it.')
  if (!normalizePublished(input.published))
    problem('published', 'Give the date as YYYY-MM-DD, or a date-time with offset (2026-02-09T08:15+04:00).')
  if (input.url?.trim()) {
    try {
      const url = new URL(input.url.trim())
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problem('url', 'Give an http or https link.')
    } catch {
      problem('url', 'Give the full link, starting with https://.')
    }
  }
  if (!blocksOfText(input.text).some((b) => b.kind === 'paragraph')) problem('text', 'Paste the article text.')
  return problems
}

/** Pasted text as blocks: each non-empty line a paragraph, a "## " line a subheading. */
export function blocksOfText(text: string): ArticleBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line): ArticleBlock =>
        /^##\s/.test(line)
          ? { kind: 'heading', text: collapse(line.slice(2)) }
          : { kind: 'paragraph', text: collapse(line) },
    )
    .filter((b) => b.text.length > 0)
}

/** The draft of a pasted article; throws a refusal when a field is missing or wrong (see `pastedProblems`). */
export function draftFromText(input: PastedArticle): ArticleDraft {
  const problems = pastedProblems(input)
  if (problems.length > 0) throw new IngestRefusal('no-article', problems.map((p) => p.message).join(' '))
  const url = input.url?.trim() ? new URL(input.url.trim()).href : null
  return {
    title: collapse(input.title),
    source: collapse(input.source),
    published: normalizePublished(input.published),
    url,
    byline: null,
    blocks: blocksOfText(input.text),
    links: url ? [url] : [],
  }
}

/** The outlet of a link, for a paste form's default. */
export const outletOfLink = (link: string | null | undefined): string | null => {
  try {
    return link ? outletFromHost(new URL(link)) : null
  } catch {
    return null
  }
}
