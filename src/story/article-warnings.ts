/**
 * Things about an article that are probably mistakes but do not stop it being served: a date of publication far in
 * the future, or a file name whose date disagrees with `published`. Pure: the caller passes the time.
 */
import type { Article } from './types.js'

/** How far ahead of now a publication may be before it is called "in the future" (time zones, embargoes). */
export const FUTURE_TOLERANCE_MS = 36 * 3_600_000

/** The warnings for `article` at `now` (none for an ordinary article). */
export function articleWarnings(article: Article, now: Date): string[] {
  const warnings: string[] = []
  const ahead = article.publishedAt.getTime() - now.getTime()
  if (ahead > FUTURE_TOLERANCE_MS) {
    const days = Math.round(ahead / 86_400_000)
    warnings.push(
      `"published" is ${article.published}, ${days} day${days === 1 ? '' : 's'} in the future: check the date (it dates every "on Saturday" in the article)`,
    )
  }
  const named = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(article.id)?.[1]
  if (named && named !== article.localDate)
    warnings.push(
      `the file name says ${named} but "published" says ${article.published}: one of them is wrong (dates come from "published")`,
    )
  return warnings
}
