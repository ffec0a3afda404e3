import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { type ParseOptions, parseArticle } from './parse-article.js'
import type { Article, CorpusProblem } from './types.js'

export type Corpus = { articles: Article[]; problems: CorpusProblem[] }

/** The article id of a corpus file: its name without `.md`. */
export const articleId = (file: string): string => basename(file).replace(/\.md$/i, '')

export const isArticleFile = (name: string): boolean => name.toLowerCase().endsWith('.md') && !name.startsWith('.')

/** Reads one corpus file; a problem (unreadable, broken) names the file and what is wrong. */
export async function loadArticleFile(file: string, options: ParseOptions): Promise<Article | CorpusProblem> {
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch (error) {
    return { file, reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
  const result = parseArticle(articleId(file), file, raw, options)
  return result.ok ? result.article : { file, reason: result.reason }
}

/** Reads every `*.md` in `dir`, in name order. Broken files are reported, the rest served. */
export async function loadCorpus(dir: string, options: ParseOptions): Promise<Corpus> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort()
  } catch (error) {
    return {
      articles: [],
      problems: [
        {
          file: dir,
          reason: `corpus folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        },
      ],
    }
  }
  const loaded = await Promise.all(names.map((name) => loadArticleFile(join(dir, name), options)))
  const articles: Article[] = []
  const problems: CorpusProblem[] = []
  for (const item of loaded) {
    if ('reason' in item) problems.push(item)
    else articles.push(item)
  }
  if (names.length === 0) problems.push({ file: dir, reason: 'no .md article files in the corpus folder' })
  return { articles, problems }
}
