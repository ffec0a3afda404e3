/**
 * `add URL` and `add FILE.html --url URL` for the command line: what to fetch or read, the draft, the corpus file.
 * Returns what to print and the exit status (docs/CONTRACT.md): 0 added or already there, 3 refused (the reason on
 * stderr; nothing written). Bad usage comes back as `usage`, for the CLI to report with its help.
 */
import { stat } from 'node:fs/promises'
import { renderAddText } from '../render/add-text.js'
import { type AddResult, addDraft, findByLinks } from './add-article.js'
import type { AllowedHost } from './allow-hosts.js'
import type { ArticleDraft } from './draft.js'
import { checkLink, parseLink } from './fetch-page.js'
import { normalizePublished } from './published-date.js'
import { isRefusal, PASTE_INSTEAD } from './refusal.js'
import { draftFromLink, draftFromSavedPage } from './sources.js'
import { draftStatements } from './statements.js'

export type CliAddInput = {
  target: string | undefined
  /** `--url`: where a saved page was published. */
  url?: string | undefined
  /** `--published`: the date when the page gives none (or gives a wrong one). */
  published?: string | undefined
  corpusDir: string
  timezone: string
  allowHosts: readonly AllowedHost[]
  json: boolean
}

export type CliAddOutput = { code: number; stdout?: string; stderr?: string } | { usage: string }

const SAVED_PAGE_HINT =
  'If your browser shows the article, save the page and run: add FILE.html --url URL (or write the file by hand)'
const PUBLISHED_HINT = 'pass --published YYYY-MM-DD (or a date-time with offset, e.g. 2026-02-09T08:15:00+04:00)'

/** The contract's JSON for `add` (the internal `matched` stays out). */
const contractJson = ({ file, article, title, source, published, url, paragraphs, duplicate }: AddResult) =>
  JSON.stringify({ file, article, title, source, published, url, paragraphs, duplicate }, null, 2)

const isSavedPage = async (target: string): Promise<boolean> => {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return false
  if (/\.x?html?$/i.test(target)) return true
  return stat(target).then(
    (s) => s.isFile(),
    () => false,
  )
}

export async function runAdd(input: CliAddInput): Promise<CliAddOutput> {
  const target = input.target?.trim()
  if (!target) return { usage: 'add needs a link, e.g. add https://example.com/story (or add FILE.html --url URL)' }
  const published = input.published === undefined ? undefined : normalizePublished(input.published)
  if (published === null)
    return { usage: `--published must be YYYY-MM-DD or a date-time with offset, got "${input.published}"` }
  const saved = await isSavedPage(target)
  if (saved && !input.url) return { usage: `add ${target} needs --url URL: the address the page was published at` }

  const print = (result: AddResult, draft?: ArticleDraft): CliAddOutput => ({
    code: 0,
    stdout: `${input.json ? contractJson(result) : renderAddText(result, draft ? draftStatements(draft, input.timezone) : [])}\n`,
  })
  try {
    const link = (saved ? parseLink(input.url ?? '') : await checkLink(target, { allowHosts: input.allowHosts })).href
    const known = await findByLinks([link], input.corpusDir, input.timezone)
    if (known) return print(known)
    const draft = saved
      ? await draftFromSavedPage(target, link)
      : await draftFromLink(link, { allowHosts: input.allowHosts })
    if (published) draft.published = published
    const result = await addDraft(draft, { corpusDir: input.corpusDir, timezone: input.timezone })
    return print(result, result.duplicate ? undefined : draft)
  } catch (error) {
    if (!isRefusal(error)) throw error
    const reason =
      error.kind === 'no-date'
        ? `${error.message}: ${PUBLISHED_HINT}`
        : PASTE_INSTEAD.has(error.kind) && !saved
          ? `${error.message}. ${SAVED_PAGE_HINT}`
          : error.message
    return { code: 3, stderr: `error: could not add ${saved ? target : target.slice(0, 300)}: ${reason}\n` }
  }
}
