/** What the text and Block Kit renderings of a Digest share: the title, the counts, credits grouped by article. */
import type { Digest, DigestCitation } from '../digest/types.js'

export const STORY_TITLE = 'Iran–US talks'

/** One article's share of a statement's or event's citations: "Gulf News Week ¶1, ¶4". */
export type Credit = { source: string; title: string; url: string | null; paragraphs: number[] }

/** Citations grouped by article, in the order first cited. */
export function credits(citations: DigestCitation[]): Credit[] {
  const out = new Map<string, Credit>()
  for (const c of citations) {
    const credit = out.get(c.article)
    if (credit) {
      if (!credit.paragraphs.includes(c.paragraph)) credit.paragraphs.push(c.paragraph)
    } else out.set(c.article, { source: c.source, title: c.title, url: c.url, paragraphs: [c.paragraph] })
  }
  return [...out.values()]
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "2 articles · 3 statements by 2 speakers · 4 dated events". */
export function counts(digest: Omit<Digest, 'text'>): string {
  const statements = digest.groups.reduce((n, g) => n + g.statements.length, 0)
  const parts = [plural(digest.articles.length, 'article', 'articles')]
  if (statements > 0)
    parts.push(
      `${plural(statements, 'statement', 'statements')} by ${plural(digest.groups.length, 'speaker', 'speakers')}`,
    )
  if (digest.timeline.length > 0) parts.push(plural(digest.timeline.length, 'dated event', 'dated events'))
  return parts.join(' · ')
}
