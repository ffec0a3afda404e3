/** Links in what Slack sends: a command's text, or a message's text, blocks and attachments. */
import { decodeSlackText } from './text.js'

/** The first link in Slack text: `<https://…|label>`, `<https://…>`, or a bare `https://…`. */
export function linkInText(text: string | undefined): string | null {
  if (!text) return null
  const marked = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(text)?.[1]
  const bare = /\bhttps?:\/\/[^\s<>|]+/i.exec(text)?.[0]
  const found = marked ?? bare
  return found ? decodeSlackText(found).replace(/[).,;:!?'"’”]+$/, '') : null
}

/** The text of `/iran-talks add TEXT` as one link (Slack may wrap it in <…>), or the text as typed. */
export const linkArgument = (text: string): string => linkInText(text) ?? text.trim().replace(/^<|>$/g, '')

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null

/** Every `url` of a link element in rich-text blocks, in order. */
function blockLinks(blocks: unknown): string[] {
  const out: string[] = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) visit(x)
    else if (isObject(v)) {
      if (v.type === 'link' && typeof v.url === 'string') out.push(v.url)
      for (const x of Object.values(v)) if (typeof x === 'object') visit(x)
    }
  }
  visit(blocks)
  return out
}

/** The first link a message holds: in its text, its rich-text blocks, or an unfurled attachment. */
export function linkInMessage(message: unknown): string | null {
  if (!isObject(message)) return null
  const fromText = linkInText(typeof message.text === 'string' ? message.text : undefined)
  if (fromText) return fromText
  const fromBlocks = blockLinks(message.blocks).find((u) => /^https?:\/\//i.test(u))
  if (fromBlocks) return fromBlocks
  const attachments = Array.isArray(message.attachments) ? message.attachments.filter(isObject) : []
  for (const a of attachments)
    for (const key of ['original_url', 'from_url', 'title_link']) {
      const url = a[key]
      if (typeof url === 'string' && /^https?:\/\//i.test(url)) return url
    }
  return null
}
