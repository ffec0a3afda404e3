/**
 * Is the article already in the corpus? The same link (any link that led to it, or its canonical link, compared
 * without scheme, `www.`, fragment, trailing slash or tracking parameters), or the same text (the paragraphs
 * compared without regard to case, punctuation or spacing).
 */
import { loadCorpus } from '../story/load-corpus.js'
import type { Article } from '../story/types.js'

export type Duplicate = { article: Article; matched: 'link' | 'text' }

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|icid|ref|ref_src|smid|sr_share)$/i

/** A link in the form two links to the same page share; null for anything that is not an http(s) link. */
export function linkKey(link: string | null | undefined): string | null {
  if (!link) return null
  let url: URL
  try {
    url = new URL(link.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name)
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '') || '/'
  return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`
}

/** The paragraphs in the form two copies of the same text share. */
export const textKey = (paragraphs: readonly string[]): string =>
  paragraphs
    .map((p) =>
      p
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n')

/** The article in `articles` that `candidate` duplicates, if any; links are checked first. */
export function findDuplicate(
  articles: readonly Article[],
  candidate: { links: readonly (string | null)[]; paragraphs?: readonly string[] },
): Duplicate | null {
  const links = new Set(candidate.links.map(linkKey).filter((k): k is string => k !== null))
  if (links.size > 0) {
    const article = articles.find((a) => {
      const key = linkKey(a.url)
      return key !== null && links.has(key)
    })
    if (article) return { article, matched: 'link' }
  }
  if (candidate.paragraphs?.length) {
    const key = textKey(candidate.paragraphs)
    const article = articles.find((a) => textKey(a.paragraphs.map((p) => p.text)) === key)
    if (article) return { article, matched: 'text' }
  }
  return null
}

/** The articles in the corpus folder as they are on disk now (broken files are skipped; a missing folder is empty). */
export async function corpusArticles(corpusDir: string, timezone: string): Promise<Article[]> {
  return (await loadCorpus(corpusDir, { timezone })).articles
}
