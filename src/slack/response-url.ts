/** Posting to a response URL from where Bolt gives no `respond` (a form submission answers the message it came from). */
import type { BlockMessage } from '../render/common-blocks.js'

/** Posts `message` privately to `url` (http(s) only), replacing the message the URL belongs to when asked. */
export async function postToResponseUrl(
  url: string,
  message: BlockMessage,
  options: { replaceOriginal: boolean },
): Promise<void> {
  if (!/^https?:\/\//i.test(url)) throw new Error('not a response URL')
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: options.replaceOriginal, ...message }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!res.ok) throw new Error(`the response URL answered HTTP ${res.status}`)
}
