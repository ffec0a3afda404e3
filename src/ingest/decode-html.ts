/**
 * The text of a page from its bytes: the encoding from a byte-order mark, the Content-Type header's charset, or a
 * `<meta charset>` near the top (in that order, as browsers do), else UTF-8.
 */

import { TextDecoder } from 'node:util'

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
]

/** Windows-1252's characters for bytes 0x80–0x9F (undefined ones kept as they are). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/**
 * Node 20's decoder for windows-1252 (also the encoding the WHATWG standard gives "iso-8859-1" and "latin1") reads
 * bytes 0x80–0x9F as control characters, losing curly quotes and dashes; they are put right here.
 */
const fixWindows1252 = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (c) => CP1252.charAt(c.charCodeAt(0) - 0x80) || c)

function decoderFor(label: string | undefined): ((bytes: Uint8Array) => string) | null {
  if (!label) return null
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase())
    return decoder.encoding === 'windows-1252'
      ? (bytes) => fixWindows1252(decoder.decode(bytes))
      : (bytes) => decoder.decode(bytes)
  } catch {
    return null
  }
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  for (const [bom, label] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(label).decode(bytes)
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head)?.[1]
  const decode = decoderFor(header) ?? decoderFor(meta) ?? ((b: Uint8Array) => new TextDecoder('utf-8').decode(b))
  return decode(bytes)
}
