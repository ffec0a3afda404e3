/**
 * The form to paste an article: what it carries through Slack (`private_metadata`: the draft's key, the link, the
 * response URL to answer at) and what a submission holds.
 */
import { PASTE_FIELDS } from '../render/paste-article-view.js'

export type FormMetadata = { k?: string | undefined; u?: string | undefined; r?: string | undefined }

const MAX_METADATA = 3000

/** The metadata as JSON within Slack's 3,000 characters (a long link is dropped: the form has its own link field). */
export function encodeFormMetadata(meta: FormMetadata): string {
  const full = JSON.stringify(meta)
  return full.length <= MAX_METADATA ? full : JSON.stringify({ k: meta.k, r: meta.r })
}

export function decodeFormMetadata(raw: string | undefined): FormMetadata {
  try {
    const v: unknown = JSON.parse(raw ?? '')
    if (typeof v !== 'object' || v === null) return {}
    const fields = new Map<string, unknown>(Object.entries(v))
    const pick = (key: string) => {
      const x = fields.get(key)
      return typeof x === 'string' ? x : undefined
    }
    return { k: pick('k'), u: pick('u'), r: pick('r') }
  } catch {
    return {}
  }
}

/** Slack's `view.state.values`: block id → action id → the input's state. */
export type FormValues = Record<string, Record<string, { value?: string | null }>>

export const fieldValue = (values: FormValues, blockId: string): string => values[blockId]?.value?.value ?? ''

/** The submitted article: the text boxes joined, one paragraph per line. */
export function pastedInput(values: FormValues) {
  return {
    title: fieldValue(values, PASTE_FIELDS.title),
    source: fieldValue(values, PASTE_FIELDS.source),
    published: fieldValue(values, PASTE_FIELDS.published),
    url: fieldValue(values, PASTE_FIELDS.url),
    text: PASTE_FIELDS.text.map((id) => fieldValue(values, id)).join('\n'),
  }
}
