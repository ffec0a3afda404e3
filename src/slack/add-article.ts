/**
 * Adding an article from Slack, between the listeners and the ingest module: the preview of a link, adding a
 * draft as a Slack user, and the values the buttons carry. The listeners only carry these replies to Slack.
 */
import { basename } from 'node:path'
import { type AddResult, addDraft, findByLinks, findCopy } from '../ingest/add-article.js'
import type { ArticleDraft } from '../ingest/draft.js'
import { checkLink } from '../ingest/fetch-page.js'
import { isRefusal, PASTE_INSTEAD } from '../ingest/refusal.js'
import { draftFromLink } from '../ingest/sources.js'
import { draftStatements } from '../ingest/statements.js'
import {
  type AddedArticle,
  addedBlocks,
  addPreviewBlocks,
  duplicateBlocks,
  refusedBlocks,
} from '../render/add-blocks.js'
import { speakerTally } from '../render/add-text.js'
import type { BlockMessage } from '../render/common-blocks.js'
import { LIMITS } from '../render/mrkdwn.js'
import type { DraftStore } from './drafts.js'
import { ACTIONS, COMMAND } from './ids.js'
import type { IngestDeps } from './types.js'

/** What the Add, Cancel and Paste buttons carry: the draft's key, and the link (to fetch again after a restart). */
export type AddButtonValue = { k?: string; u?: string }

export function encodeAddValue(value: AddButtonValue): string {
  const full = JSON.stringify(value)
  return full.length <= LIMITS.actionValue ? full : JSON.stringify({ k: value.k })
}

export function decodeAddValue(raw: string | undefined): AddButtonValue {
  try {
    const v: unknown = JSON.parse(raw ?? '')
    if (typeof v !== 'object' || v === null) return {}
    const k = 'k' in v && typeof v.k === 'string' ? v.k : undefined
    const u = 'u' in v && typeof v.u === 'string' ? v.u : undefined
    return { ...(k ? { k } : {}), ...(u ? { u } : {}) }
  } catch {
    return {}
  }
}

const added = (r: AddResult): AddedArticle => ({
  fileName: basename(r.file),
  title: r.title,
  source: r.source,
  published: r.published,
  url: r.url,
  paragraphs: r.paragraphs,
})

/** The reply to `/iran-talks add LINK` and to the Add to story shortcut: a preview with Add and Cancel, or why not. */
export async function previewReply(link: string, ingest: IngestDeps, drafts: DraftStore): Promise<BlockMessage> {
  let url: string
  let draft: ArticleDraft
  try {
    url = (await checkLink(link, ingest.fetch)).href
    const known = await findByLinks([url], ingest.corpusDir, ingest.timezone)
    if (known) return duplicateBlocks(added(known), known.matched)
    draft = await draftFromLink(url, ingest.fetch)
  } catch (error) {
    if (!isRefusal(error)) throw error
    const paste = PASTE_INSTEAD.has(error.kind)
      ? { actionId: ACTIONS.pasteArticle, value: encodeAddValue({ u: link }) }
      : undefined
    return refusedBlocks({ link, reason: error.message, ...(paste ? { paste } : {}) })
  }
  const copy = await findCopy(draft, ingest.corpusDir, ingest.timezone)
  if (copy) return duplicateBlocks(added(copy), copy.matched)
  const key = drafts.put(draft)
  return addPreviewBlocks({
    article: draft,
    statements: draftStatements(draft, ingest.timezone),
    // without a date, "Add" opens the form that asks for it
    add: {
      actionId: draft.published ? ACTIONS.addArticle : ACTIONS.pasteArticle,
      value: encodeAddValue({ k: key, u: url }),
    },
    cancel: { actionId: ACTIONS.cancelAdd, value: encodeAddValue({ k: key }) },
  })
}

/** Polls until the running bot serves the article (the corpus watcher applies a new file within moments). */
async function waitUntilServed(id: string, served: IngestDeps['served'], timeoutMs = 5000): Promise<boolean> {
  if (!served) return false
  const deadline = Date.now() + timeoutMs
  while (!served(id)) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** A question the new article answers, to suggest: what its most quoted named speaker said. */
function exampleQuestion(draft: ArticleDraft, timezone: string): string {
  const named = speakerTally(draftStatements(draft, timezone)).find((s) => /^\p{Lu}/u.test(s.speaker))
  return named ? `${COMMAND} What did ${named.speaker} say?` : `${COMMAND} sources`
}

export type AddOutcome = { reply: BlockMessage; written: boolean; refused: boolean }

/** Adds the draft as Slack user `userId`: the file is written with `added_by`, or the copy already there is named. */
export async function addAsUser(draft: ArticleDraft, userId: string, ingest: IngestDeps): Promise<AddOutcome> {
  let result: AddResult
  try {
    result = await addDraft(draft, {
      corpusDir: ingest.corpusDir,
      timezone: ingest.timezone,
      addedBy: userId,
      ...(ingest.now ? { now: ingest.now } : {}),
    })
  } catch (error) {
    if (!isRefusal(error)) throw error
    return { reply: refusedBlocks({ link: draft.url, reason: error.message }), written: false, refused: true }
  }
  if (result.duplicate) return { reply: duplicateBlocks(added(result), result.matched), written: false, refused: false }
  const served = await waitUntilServed(result.article, ingest.served)
  const reply = addedBlocks({
    article: added(result),
    userId,
    served,
    example: exampleQuestion(draft, ingest.timezone),
  })
  return { reply, written: true, refused: false }
}
