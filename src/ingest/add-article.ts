/**
 * Adds a draft to the corpus: refuses it without a publication date, reports the file that already holds it (same
 * link or same text), else writes one new corpus file atomically. Nothing is written on any refusal.
 */
import { basename, join } from 'node:path'
import type { SourceEntry } from '../answer/types.js'
import { parseArticle } from '../story/parse-article.js'
import type { Article } from '../story/types.js'
import { type ArticleDraft, paragraphsOf } from './draft.js'
import { corpusArticles, findDuplicate } from './duplicates.js'
import { articleFileStem } from './file-name.js'
import { renderArticleFile } from './markdown-file.js'
import { IngestRefusal } from './refusal.js'
import { freeName, serialized, writeNewFile } from './write-new-file.js'

export type AddOptions = {
  corpusDir: string
  /** STORY_TIMEZONE, to read the corpus as the bot does. */
  timezone: string
  /** Who added it: a Slack user id (none from the command line). */
  addedBy?: string | null
  now?: () => Date
}

/** The command line's `add --json` (docs/CONTRACT.md: the file, the article as `sources` lists it, whether it was
 * there already), plus how a duplicate was recognised. */
export type AddResult = SourceEntry & {
  file: string
  duplicate: boolean
  /** Set for a duplicate: the same link, or the same text. */
  matched?: 'link' | 'text'
}

export const NO_DATE =
  'no publication date found on the page (no JSON-LD datePublished, article:published_time or <time> in the article)'

const resultOf = (article: Article, file: string, duplicate: Pick<AddResult, 'duplicate' | 'matched'>): AddResult => ({
  file,
  article: article.id,
  title: article.title,
  source: article.source,
  published: article.published,
  url: article.url,
  paragraphs: article.paragraphs.length,
  ...duplicate,
})

/** The article already in the corpus under one of these links, if any (to skip a fetch). */
export async function findByLinks(links: readonly string[], corpusDir: string, timezone: string) {
  const found = findDuplicate(await corpusArticles(corpusDir, timezone), { links })
  return found && resultOf(found.article, found.article.file, { duplicate: true, matched: found.matched })
}

/** The corpus file that already holds the draft's article (same link or same text), if any. */
export async function findCopy(draft: ArticleDraft, corpusDir: string, timezone: string): Promise<AddResult | null> {
  const existing = await corpusArticles(corpusDir, timezone)
  const dup = findDuplicate(existing, { links: [...draft.links, draft.url], paragraphs: paragraphsOf(draft) })
  return dup && resultOf(dup.article, dup.article.file, { duplicate: true, matched: dup.matched })
}

export function addDraft(draft: ArticleDraft, options: AddOptions): Promise<AddResult> {
  const published = draft.published
  if (!published) return Promise.reject(new IngestRefusal('no-date', NO_DATE))
  return serialized(options.corpusDir, async () => {
    const copy = await findCopy(draft, options.corpusDir, options.timezone)
    if (copy) return copy
    const paragraphs = paragraphsOf(draft)

    const content = renderArticleFile(
      { ...draft, published },
      { addedBy: options.addedBy ?? null, addedAt: (options.now ?? (() => new Date()))() },
    )
    try {
      const name = await freeName(options.corpusDir, articleFileStem({ ...draft, published }))
      const file = join(options.corpusDir, name)
      const parsed = parseArticle(basename(name, '.md'), file, content, { timezone: options.timezone })
      if (!parsed.ok || parsed.article.paragraphs.map((p) => p.text).join('\n') !== paragraphs.join('\n'))
        throw new IngestRefusal('no-article', 'the article could not be put in the corpus format without changing it')
      await writeNewFile(options.corpusDir, name, content)
      return resultOf(parsed.article, file, { duplicate: false })
    } catch (error) {
      if (error instanceof IngestRefusal) throw error
      throw writeFailure(error)
    }
  })
}

function writeFailure(error: unknown): IngestRefusal {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EROFS'
          ? 'the folder is read-only'
          : code === 'ENOTDIR' || code === 'ENOENT'
            ? 'it is not a folder'
            : (code ?? 'unexpected error')
  return new IngestRefusal('write-failed', `could not write the article to the corpus folder (${why})`)
}
