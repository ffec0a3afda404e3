/** Safe fetching against local servers on loopback addresses (the only place these tests connect to). */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type AllowedHost, parseAllowedHost } from '../../src/ingest/allow-hosts.js'
import { decodeHtml } from '../../src/ingest/decode-html.js'
import { type FetchOptions, fetchPage } from '../../src/ingest/fetch-page.js'
import { IngestRefusal } from '../../src/ingest/refusal.js'
import type { Resolver } from '../../src/ingest/resolve-target.js'
import { type NewsServer, startNewsServer } from './helpers/news-server.js'

let site: NewsServer
/** A second server on another loopback address, which must never be reached. */
let other: NewsServer
let allow: AllowedHost[]
const ARTICLE = '/world/2026/02/09/second-round-muscat'

beforeAll(async () => {
  site = await startNewsServer('127.0.0.1')
  other = await startNewsServer('127.0.0.2')
  allow = [parseAllowedHost(site.hostPort) as AllowedHost]
})
afterAll(async () => {
  await site.close()
  await other.close()
})

const refused = async (link: string, options: FetchOptions = { allowHosts: allow }): Promise<IngestRefusal> => {
  const error = await fetchPage(link, options).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(IngestRefusal)
  return error as IngestRefusal
}

describe('fetchPage', () => {
  test('fetches a page from a listed host', async () => {
    const page = await fetchPage(site.url(ARTICLE), { allowHosts: allow })
    expect(page.url).toBe(site.url(ARTICLE))
    expect(page.html).toContain('Omani mediators are preparing a second round')
  })

  test('follows up to 5 redirects, each one checked, and says where it ended', async () => {
    const page = await fetchPage(site.url('/hop/5'), { allowHosts: allow })
    expect(page.url).toBe(site.url(ARTICLE))
    expect(page.urls).toEqual([...[5, 4, 3, 2, 1].map((n) => site.url(`/hop/${n}`)), site.url(ARTICLE)])
  })

  test('a sixth redirect is refused', async () => {
    const r = await refused(site.url('/hop/6'))
    expect(r.kind).toBe('redirects')
    expect(r.message).toMatch(/^too many redirects \(more than 5\)/)
  })

  test('loopback without INGEST_ALLOW_HOSTS is refused without connecting', async () => {
    const before = site.requests.length
    const r = await refused(site.url(ARTICLE), {})
    expect(r.kind).toBe('address')
    expect(r.message).toContain('127.0.0.1 is a loopback address')
    expect(site.requests.length).toBe(before)
  })

  test('a redirect to a loopback address that is not listed is refused, and that address is never contacted', async () => {
    const r = await refused(site.url(`/to/${encodeURIComponent(other.url(ARTICLE))}`))
    expect(r.kind).toBe('address')
    expect(r.message).toContain('127.0.0.2 is a loopback address')
    expect(other.requests).toEqual([])
  })

  test('a redirect to a file: link is refused', async () => {
    const r = await refused(site.url(`/to/${encodeURIComponent('file:///etc/passwd')}`))
    expect(r.kind).toBe('bad-link')
    expect(r.message).toContain('file:')
  })

  test.each([
    ['file:///etc/passwd', /only http and https links can be added \(this is a file: link\)/],
    ['ftp://example.com/a', /ftp:/],
    ['javascript:alert(1)', /javascript:/],
    ['not a link at all', /^not a link/],
  ])('%s is refused', async (link, message) => {
    const r = await refused(link)
    expect(r.kind).toBe('bad-link')
    expect(r.message).toMatch(message)
  })

  test('connects to the address that was checked, never resolving the name again (no DNS rebinding)', async () => {
    let calls = 0
    // first answer: a listed address; any later answer would be one that is not allowed
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.3', family: 4 }]
    const page = await fetchPage(`http://rebind.test:${site.port}${ARTICLE}`, {
      allowHosts: [{ host: '127.0.0.1', port: site.port }],
      resolver: rebinding,
    })
    expect(page.html).toContain('Omani mediators')
    expect(calls).toBe(1)
  })

  test('a PDF is "not a web page"', async () => {
    const r = await refused(site.url('/report.pdf'))
    expect(r.kind).toBe('not-html')
    expect(r.message).toBe('not a web page: the link is a PDF document (application/pdf)')
  })

  test('a 404 is "not found"', async () => {
    const r = await refused(site.url('/no/such/story'))
    expect(r.kind).toBe('not-found')
    expect(r.message).toMatch(/^not found: the site answered HTTP 404/)
  })

  test('a 40 MB page is refused as too large without reading it all', async () => {
    const r = await refused(site.url('/huge'))
    expect(r.kind).toBe('too-large')
    expect(r.message).toBe('the page is too large (over 5 MB)')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(site.hugeBytesSent()).toBeLessThan(20 * 1024 * 1024)
  })

  test('a page that declares 40 MB is refused at once', async () => {
    const r = await refused(site.url('/huge-declared'))
    expect(r.kind).toBe('too-large')
  })

  test('a page that never comes is a time-out', async () => {
    const started = Date.now()
    const r = await refused(site.url('/never'), { allowHosts: allow, timeoutMs: 300 })
    expect(r.kind).toBe('timeout')
    expect(r.message).toMatch(/^timed out/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('a compressed page is read', async () => {
    expect((await fetchPage(site.url('/gzip'), { allowHosts: allow })).html).toContain('Omani mediators')
  })

  test('a closed port is "could not reach"', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const r = await refused(`http://127.0.0.1:${port}/`, { allowHosts: [{ host: '127.0.0.1', port }] })
    expect(r.kind).toBe('unreachable')
    expect(r.message).toBe(`could not reach 127.0.0.1:${port}: the connection was refused`)
  })
})

describe('decodeHtml', () => {
  const page = (meta: string) =>
    Buffer.concat([
      Buffer.from(`<html><head>${meta}</head><body><p>`),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
      Buffer.from('</p>'),
    ])

  test('uses the charset of the Content-Type, else of a <meta>, else UTF-8', () => {
    expect(decodeHtml(page(''), 'text/html; charset=windows-1252')).toContain('“Café”')
    expect(decodeHtml(page('<meta charset="windows-1252">'), 'text/html')).toContain('“Café”')
    expect(decodeHtml(Buffer.from('<p>“Café”</p>'), null)).toBe('<p>“Café”</p>')
  })
})
