/** The corpus file name of an article: `YYYY-MM-DD-outlet-slug.md`, as the desk names files by hand. */

const MAX_SLUG = 60

/** Lower-case ASCII words joined by hyphens: accents dropped (é → e), everything else a separator. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** At most `max` characters, cut between words. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const at = cut.lastIndexOf('-')
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '')
}

/**
 * `2026-02-09-harbour-ledger-mediators-say-second-round-of-iran-us-talks` (without `.md`): the calendar date as
 * published, the outlet without a leading "The", and the headline, cut between words.
 */
export function articleFileStem(article: { published: string; source: string; title: string }): string {
  const date = article.published.slice(0, 10)
  const outlet = slugify(article.source).replace(/^the-/, '') || 'outlet'
  const headline = cutAtWord(slugify(article.title), MAX_SLUG) || 'article'
  return `${date}-${outlet}-${headline}`
}
