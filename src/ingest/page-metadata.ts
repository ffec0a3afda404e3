/**
 * What a page says about its article, read before extraction (which changes the document): headline, outlet,
 * publication date, canonical link and byline, from JSON-LD, Open Graph and article meta tags, and the page's own
 * elements. Never the time of fetching: a page without a date has none.
 */
import { collapse, type DomDocument } from './dom.js'
import { readJsonLdArticle } from './json-ld.js'
import { normalizePublished } from './published-date.js'

export type PageMetadata = {
  title: string | null
  /** The outlet, as a reporter would credit it. */
  source: string
  /** Normalised (see published-date.ts), or null when the page gives no usable date. */
  published: string | null
  /** The canonical link (else the page's own address). */
  url: string
  byline: string | null
}

const meta = (doc: DomDocument, key: string): string | null => {
  for (const attr of ['property', 'name', 'itemprop']) {
    const value = collapse(doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content'))
    if (value) return value
  }
  return null
}

const httpUrl = (value: string | null | undefined, base: URL): string | null => {
  if (!value?.trim()) return null
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The outlet's name from its host: `www.harbour-ledger.example` → `harbour-ledger.example`. */
export const outletFromHost = (url: URL): string => url.hostname.replace(/^www\./, '')

/** "Headline | Outlet" and "Headline - Outlet" without the outlet. */
export function withoutOutlet(title: string, outlet: string): string {
  const lower = outlet.toLowerCase()
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    const at = title.lastIndexOf(sep)
    if (
      at > 0 &&
      title
        .slice(at + sep.length)
        .trim()
        .toLowerCase() === lower
    )
      return title.slice(0, at).trim()
  }
  return title
}

/** The outlet in a `<title>` made of the headline and the outlet's name ("Headline – Outlet"), if it is one. */
function outletFromTitle(titleTag: string, headline: string | null): string | null {
  if (!headline || !titleTag.startsWith(headline)) return null
  const rest = /^\s*[|\-–—:·]\s*(.{2,60})$/.exec(titleTag.slice(headline.length))?.[1]?.trim()
  return rest && !/[.!?]$/.test(rest) ? rest : null
}

/** The `<time>` that dates the article: one marked as the publication time, else the first inside the article. */
function articleTime(doc: DomDocument): string | null {
  const marked = doc.querySelector('time[itemprop="datePublished"], time[pubdate], time.published, time.pubdate')
  const inArticle = doc.querySelector('article time[datetime]') ?? doc.querySelector('main time[datetime]')
  for (const el of [marked, inArticle]) {
    const value = normalizePublished(el?.getAttribute('datetime'))
    if (value) return value
  }
  return null
}

export function readPageMetadata(doc: DomDocument, pageUrl: URL): PageMetadata {
  const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '')
  const ld = readJsonLdArticle(blocks)
  const h1 = collapse(
    (doc.querySelector('article h1') ?? doc.querySelector('main h1') ?? doc.querySelector('h1'))?.textContent,
  )
  const titleTag = collapse(doc.querySelector('title')?.textContent)
  const headline = ld?.headline ?? meta(doc, 'og:title') ?? meta(doc, 'twitter:title') ?? (h1 || null)
  const source =
    meta(doc, 'og:site_name') ??
    ld?.publisher ??
    meta(doc, 'application-name') ??
    outletFromTitle(titleTag, headline) ??
    outletFromHost(pageUrl)
  const title =
    [headline, titleTag].map((t) => (t ? withoutOutlet(collapse(t), source) : '')).find((t) => t.length > 0) ?? null
  const published =
    [ld?.datePublished, meta(doc, 'article:published_time'), meta(doc, 'datePublished')]
      .map(normalizePublished)
      .find((d) => d !== null) ??
    articleTime(doc) ??
    null
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const url =
    httpUrl(canonical, pageUrl) ?? httpUrl(meta(doc, 'og:url'), pageUrl) ?? httpUrl(ld?.url, pageUrl) ?? pageUrl.href
  const byline = cleanByline(ld?.authors.length ? ld.authors.join(', ') : meta(doc, 'author'))
  return { title, source, published, url, byline }
}

/** A byline without a leading "By"; a profile link is not one. */
export function cleanByline(text: string | null | undefined): string | null {
  const byline = collapse(text).replace(/^by\s+/i, '')
  return byline && !/^https?:\/\/\S*$/i.test(byline) ? byline : null
}
