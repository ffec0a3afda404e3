/**
 * Fetches a web page safely: http(s) only; every hop's host resolved and checked (see resolve-target.ts) and the
 * connection made to the checked address; at most 5 redirects, each checked the same way; one 10-second deadline
 * for the whole chain; HTML only; the body streamed and cut off past 5 MB (a 40 MB page is never read whole).
 * Uses undici's fetch with an Agent whose `connect.lookup` hands the socket the address that was checked.
 */
import { Agent, fetch } from 'undici'
import type { AllowedHost } from './allow-hosts.js'
import { decodeHtml } from './decode-html.js'
import { IngestRefusal } from './refusal.js'
import { checkTarget, type ResolvedAddress, type Resolver, systemResolver } from './resolve-target.js'

export type FetchOptions = {
  /** Hosts that may resolve to private or loopback addresses (INGEST_ALLOW_HOSTS). */
  allowHosts?: readonly AllowedHost[]
  resolver?: Resolver
  /** For the whole request, redirects and body included (default 10 s). */
  timeoutMs?: number
  /** Largest page read (default 5 MB). */
  maxBytes?: number
  /** Default 5. */
  maxRedirects?: number
}

export type FetchedPage = {
  /** Where the page was found, after redirects. */
  url: string
  /** Every URL on the way: the link as given, then each redirect's target. */
  urls: string[]
  html: string
}

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'user-agent': 'iran-talks-desk/0.1 (newsroom article import)',
}

/** A link as a URL, or a refusal saying why it is not one we fetch. A link without a scheme gets https://. */
export function parseLink(link: string): URL {
  const text = link.trim()
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
  } catch {
    throw new IngestRefusal('bad-link', `not a link: "${text.slice(0, 200)}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestRefusal('bad-link', `only http and https links can be added (this is a ${url.protocol} link)`)
  if (!url.hostname) throw new IngestRefusal('bad-link', `not a link: "${text.slice(0, 200)}"`)
  return url
}

/**
 * Whether `link` may be fetched at all (scheme, and the address its host resolves to), without connecting: a
 * refusal comes before anything else is said about the link (e.g. that the corpus already has it).
 */
export async function checkLink(link: string, options: FetchOptions = {}): Promise<URL> {
  const url = parseLink(link)
  await checkTarget(url, { resolver: options.resolver ?? systemResolver, allowHosts: options.allowHosts ?? [] })
  return url
}

export async function fetchPage(link: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects
  const signal = AbortSignal.timeout(timeoutMs)
  const timedOut = () =>
    new IngestRefusal('timeout', `timed out: the site did not send the page within ${timeoutMs / 1000} s`)
  const check = { resolver: options.resolver ?? systemResolver, allowHosts: options.allowHosts ?? [] }
  let url = parseLink(link)
  const urls = [url.href]
  for (let redirects = 0; ; redirects++) {
    const target = await untilAborted(checkTarget(url, check), signal, timedOut)
    const agent = pinnedAgent(target)
    try {
      const res = await fetch(url, { dispatcher: agent, redirect: 'manual', signal, headers: HEADERS }).catch(
        (error: unknown) => {
          throw signal.aborted ? timedOut() : connectionFailure(url, error)
        },
      )
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => undefined)
        const next = redirectTarget(url, res.headers.get('location'), res.status)
        if (redirects >= maxRedirects)
          throw new IngestRefusal('redirects', `too many redirects (more than ${maxRedirects}); last to ${next.href}`)
        url = next
        urls.push(url.href)
        continue
      }
      if (res.status === 404 || res.status === 410) {
        await res.body?.cancel().catch(() => undefined)
        throw new IngestRefusal('not-found', `not found: the site answered HTTP ${res.status} for ${url.href}`)
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => undefined)
        throw new IngestRefusal('http-error', httpErrorMessage(res.status))
      }
      const contentType = res.headers.get('content-type')
      const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      if (type && !HTML_TYPES.has(type)) {
        await res.body?.cancel().catch(() => undefined)
        throw new IngestRefusal('not-html', `not a web page: the link is ${describeType(type)}`)
      }
      const bytes = await readCapped(res.body, Number(res.headers.get('content-length') ?? Number.NaN), {
        maxBytes: options.maxBytes ?? FETCH_LIMITS.maxBytes,
        signal,
        timedOut,
      })
      const html = decodeHtml(bytes, contentType)
      if (!type) assertLooksLikeHtml(html)
      return { url: url.href, urls, html }
    } finally {
      await agent.destroy().catch(() => undefined)
    }
  }
}

/** An agent whose every connection goes to `target`, whatever the name resolves to by then. */
function pinnedAgent(target: ResolvedAddress): Agent {
  return new Agent({
    connections: 1,
    pipelining: 0,
    connect: {
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all) callback(null, [target])
        else
          (callback as (e: Error | null, address: string, family: number) => void)(null, target.address, target.family)
      },
    },
  })
}

async function untilAborted<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) throw onAbort()
  let stop: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(onAbort())
    signal.addEventListener('abort', stop, { once: true })
  })
  try {
    return await Promise.race([work, aborted])
  } finally {
    if (stop) signal.removeEventListener('abort', stop)
  }
}

function redirectTarget(from: URL, location: string | null, status: number): URL {
  if (!location)
    throw new IngestRefusal('http-error', `the site answered with a redirect (HTTP ${status}) that says nowhere to go`)
  let next: URL
  try {
    next = new URL(location, from)
  } catch {
    throw new IngestRefusal('http-error', 'the site redirects to something that is not a link')
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    throw new IngestRefusal(
      'bad-link',
      `the page redirects to a ${next.protocol} link; only http and https are fetched`,
    )
  return next
}

async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  declared: number,
  options: { maxBytes: number; signal: AbortSignal; timedOut: () => Error },
): Promise<Uint8Array> {
  const tooLarge = () =>
    new IngestRefusal('too-large', `the page is too large (over ${Math.round(options.maxBytes / 1024 / 1024)} MB)`)
  if (!body) return new Uint8Array()
  if (declared > options.maxBytes) {
    await body.cancel().catch(() => undefined)
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      size += chunk.byteLength
      if (size > options.maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof IngestRefusal) throw error
    throw options.signal.aborted ? options.timedOut() : new IngestRefusal('unreachable', 'the connection broke off')
  }
  return Buffer.concat(chunks)
}

function connectionFailure(url: URL, error: unknown): IngestRefusal {
  const code = (error as { cause?: { code?: string } }).cause?.code
  const host = url.host
  const why =
    code === 'ECONNREFUSED'
      ? 'the connection was refused'
      : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
        ? 'the connection was reset'
        : code === 'CERT_HAS_EXPIRED' || code?.startsWith('ERR_TLS') || code?.includes('CERT')
          ? 'its security certificate is not valid'
          : 'the connection failed'
  return new IngestRefusal('unreachable', `could not reach ${host}: ${why}`)
}

function httpErrorMessage(status: number): string {
  if (status === 401 || status === 402 || status === 403)
    return `the site refused to send the page (HTTP ${status}); it may be behind a paywall or a login`
  if (status === 429) return 'the site is limiting requests (HTTP 429); try again later'
  if (status >= 500) return `the site had an error (HTTP ${status}); try again later`
  return `the site answered HTTP ${status} instead of the page`
}

const TYPE_NAMES: [RegExp, string][] = [
  [/^application\/pdf$/, 'a PDF document'],
  [/^image\//, 'an image'],
  [/^video\//, 'a video'],
  [/^audio\//, 'an audio file'],
  [/json$/, 'JSON data'],
  [/^text\/plain$/, 'plain text'],
  [/xml$/, 'an XML document'],
  [/(zip|octet-stream|msword|officedocument|excel|powerpoint)/, 'a file download'],
]

function describeType(type: string): string {
  const name = TYPE_NAMES.find(([re]) => re.test(type))?.[1] ?? 'not HTML'
  return `${name} (${type})`
}

/** A page served without a Content-Type must at least look like HTML. */
export function assertLooksLikeHtml(text: string): void {
  const head = text.slice(0, 2048).trimStart()
  if (head.startsWith('%PDF')) throw new IngestRefusal('not-html', 'not a web page: the link is a PDF document')
  if (!/^(<!doctype html|<html|<head|<body|<!--)|<(p|div|article|title)[\s>]/i.test(head))
    throw new IngestRefusal('not-html', 'not a web page: the link does not lead to HTML')
}
