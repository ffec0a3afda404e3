/** The article object of a page's JSON-LD (schema.org NewsArticle, Article, BlogPosting, …), read as data only. */

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/

const typesOf = (node: Json): string[] => {
  const t = node['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** Every object in the JSON-LD blocks (arrays and `@graph`s flattened). */
function nodesOf(blocks: readonly string[]): Json[] {
  const out: Json[] = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) visit(x)
    else if (isObject(v)) {
      out.push(v)
      if (v['@graph'] !== undefined) visit(v['@graph'])
    }
  }
  for (const text of blocks) {
    try {
      visit(JSON.parse(text))
    } catch {
      // a broken block is skipped, as browsers and search engines do
    }
  }
  return out
}

export type JsonLdArticle = {
  headline: string | null
  datePublished: string | null
  authors: string[]
  publisher: string | null
  url: string | null
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** The first article in the blocks' text, with `@id` references (publisher, authors) looked up in the same page. */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  const nodes = nodesOf(blocks)
  const byId = new Map<string, Json>()
  for (const n of nodes) {
    const id = str(n['@id'])
    if (id && !byId.has(id)) byId.set(id, n)
  }
  const deref = (v: unknown): unknown => {
    if (isObject(v)) {
      const id = str(v['@id'])
      const target = id && Object.keys(v).length === 1 ? byId.get(id) : undefined
      return target ?? v
    }
    return v
  }
  const nameOf = (v: unknown): string | null => {
    const d = deref(v)
    return str(d) ?? (isObject(d) ? str(d.name) : null)
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)))
  if (!article) return null
  const authorList = Array.isArray(article.author) ? article.author : article.author ? [article.author] : []
  const page = deref(article.mainEntityOfPage)
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished),
    authors: authorList.map(nameOf).filter((n): n is string => n !== null),
    publisher: nameOf(article.publisher),
    url: str(article.url) ?? str(page) ?? (isObject(page) ? (str(page['@id']) ?? str(page.url)) : null),
  }
}
