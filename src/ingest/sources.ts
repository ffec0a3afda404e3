/** Drafts from where articles come from: a link (fetched safely) or a page saved from a browser. */
import { readFile, stat } from 'node:fs/promises'
import { type ArticleDraft, draftFromHtml } from './draft.js'
import { assertLooksLikeHtml, type FetchOptions, fetchPage, parseLink } from './fetch-page.js'
import { IngestRefusal } from './refusal.js'

/** Fetches the page at `link` and drafts its article. Throws an IngestRefusal with the reason. */
export async function draftFromLink(link: string, options: FetchOptions = {}): Promise<ArticleDraft> {
  const page = await fetchPage(link, options)
  return draftFromHtml(page.html, page.url, page.urls)
}

/** A saved page may be larger than a fetched one (a browser may inline its images). */
export const MAX_SAVED_PAGE = 20 * 1024 * 1024

/** Drafts the article of a page saved from a browser, published at `link`. */
export async function draftFromSavedPage(path: string, link: string): Promise<ArticleDraft> {
  const url = parseLink(link)
  let html: string
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new IngestRefusal('unreadable-file', `${path} is not a file`)
    if (info.size > MAX_SAVED_PAGE)
      throw new IngestRefusal('too-large', `the saved page is too large (over ${MAX_SAVED_PAGE / 1024 / 1024} MB)`)
    html = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof IngestRefusal) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new IngestRefusal(
      'unreadable-file',
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}`,
    )
  }
  assertLooksLikeHtml(html)
  return draftFromHtml(html, url.href, [url.href])
}
