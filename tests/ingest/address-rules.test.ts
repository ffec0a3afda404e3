/** Which addresses a link may lead to, checked with an injected resolver: nothing here connects anywhere. */
import { describe, expect, test } from 'vitest'
import { addressProblem } from '../../src/ingest/address-policy.js'
import { hostIsListed, parseAllowedHost } from '../../src/ingest/allow-hosts.js'
import { IngestRefusal } from '../../src/ingest/refusal.js'
import { checkTarget, type Resolver } from '../../src/ingest/resolve-target.js'

const resolver =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const addresses = table[host]
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }

const refusal = async (work: Promise<unknown>): Promise<IngestRefusal> => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(IngestRefusal)
  return error as IngestRefusal
}

describe('addressProblem', () => {
  test.each([
    ['127.0.0.1', /loopback/],
    ['127.0.0.2', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.4.5', /private/],
    ['192.168.0.10', /private/],
    ['::ffff:10.0.0.1', /private/],
    ['fd00:ec2::254', /private/],
    ['169.254.169.254', /link-local.*metadata/],
    ['fe80::1', /link-local/],
    ['100.100.100.200', /carrier-grade/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['64:ff9b::a00:1', /special-purpose/],
    ['2002:a00:1::', /special-purpose/],
  ])('%s is refused (%s)', (address, why) => {
    expect(addressProblem(address)).toMatch(why)
  })

  test.each(['8.8.8.8', '151.101.1.140', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(addressProblem(address)).toBeNull()
  })
})

describe('INGEST_ALLOW_HOSTS entries', () => {
  test('host, host:port, IPv4 and bracketed IPv6, with or without a port', () => {
    expect(parseAllowedHost('Intranet.Example')).toEqual({ host: 'intranet.example', port: null })
    expect(parseAllowedHost('127.0.0.1:8080')).toEqual({ host: '127.0.0.1', port: 8080 })
    expect(parseAllowedHost('[::1]:3000')).toEqual({ host: '::1', port: 3000 })
    expect(parseAllowedHost('::1')).toEqual({ host: '::1', port: null })
  })

  test.each(['http://x.example', 'x.example:99999', 'x.example:', 'a b', '[::1', ''])('"%s" is refused', (e) => {
    expect(typeof parseAllowedHost(e)).toBe('string')
  })

  test('an entry matches the host as written or the address it resolved to, on its port', () => {
    const list = [parseAllowedHost('127.0.0.1:8080'), parseAllowedHost('wiki.intranet')].filter(
      (e) => typeof e !== 'string',
    )
    expect(hostIsListed(list, { hostname: '127.0.0.1', port: 8080, address: '127.0.0.1' })).toBe(true)
    expect(hostIsListed(list, { hostname: 'localhost', port: 8080, address: '127.0.0.1' })).toBe(true)
    expect(hostIsListed(list, { hostname: '127.0.0.1', port: 8081, address: '127.0.0.1' })).toBe(false)
    expect(hostIsListed(list, { hostname: '127.0.0.2', port: 8080, address: '127.0.0.2' })).toBe(false)
    expect(hostIsListed(list, { hostname: 'WIKI.intranet', port: 443, address: '10.0.0.8' })).toBe(true)
  })
})

describe('checkTarget', () => {
  const none = { allowHosts: [] }

  test('a public name that resolves to 10.x is refused, after resolving', async () => {
    const r = await refusal(
      checkTarget(new URL('https://news.example/a'), { ...none, resolver: resolver({ 'news.example': ['10.0.0.7'] }) }),
    )
    expect(r.kind).toBe('address')
    expect(r.message).toContain('address not allowed: news.example resolves to 10.0.0.7, a private network address')
  })

  test('the cloud metadata address is refused, written as IPv4 or as IPv4-mapped IPv6', async () => {
    for (const link of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:169.254.169.254]/'])
      expect((await refusal(checkTarget(new URL(link), { ...none, resolver: resolver({}) }))).kind).toBe('address')
  })

  test('a name resolving to an IPv4-mapped loopback address is refused', async () => {
    const r = await refusal(
      checkTarget(new URL('http://sneaky.example/'), {
        ...none,
        resolver: resolver({ 'sneaky.example': ['::ffff:127.0.0.1'] }),
      }),
    )
    expect(r.message).toMatch(/loopback/)
  })

  test('127.0.0.2 is not allowed when only 127.0.0.1 is listed', async () => {
    const allowHosts = [{ host: '127.0.0.1', port: null }]
    const ok = await checkTarget(new URL('http://127.0.0.1:9/'), { allowHosts, resolver: resolver({}) })
    expect(ok).toEqual({ address: '127.0.0.1', family: 4 })
    const r = await refusal(checkTarget(new URL('http://127.0.0.2:9/'), { allowHosts, resolver: resolver({}) }))
    expect(r.message).toContain('127.0.0.2 is a loopback address')
  })

  test('of several addresses, the first allowed one is used; the check is on what will be connected to', async () => {
    const target = await checkTarget(new URL('https://mixed.example/'), {
      ...none,
      resolver: resolver({ 'mixed.example': ['10.1.1.1', '93.184.215.14'] }),
    })
    expect(target.address).toBe('93.184.215.14')
  })

  test('a listed host name may resolve to a private address; another port of it may not', async () => {
    const allowHosts = [{ host: 'wiki.intranet', port: 8443 }]
    const r = resolver({ 'wiki.intranet': ['10.20.0.5'] })
    expect((await checkTarget(new URL('https://wiki.intranet:8443/p'), { allowHosts, resolver: r })).address).toBe(
      '10.20.0.5',
    )
    expect((await refusal(checkTarget(new URL('https://wiki.intranet/p'), { allowHosts, resolver: r }))).kind).toBe(
      'address',
    )
  })

  test('a name that does not resolve is "could not find the site"', async () => {
    const r = await refusal(checkTarget(new URL('https://nowhere.example/'), { ...none, resolver: resolver({}) }))
    expect(r.kind).toBe('unreachable')
    expect(r.message).toBe('could not find the site nowhere.example (its name does not resolve)')
  })
})
