/**
 * Where a link may be fetched from: its host resolved (with an injectable resolver), each address checked, and the
 * one to connect to chosen. The caller connects to exactly that address, so a name cannot resolve to a public
 * address for the check and to a private one for the connection (DNS rebinding).
 */
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { addressProblem } from './address-policy.js'
import { type AllowedHost, hostIsListed } from './allow-hosts.js'
import { IngestRefusal } from './refusal.js'

export type ResolvedAddress = { address: string; family: 4 | 6 }

/** Host name → its addresses (tests inject their own; the default asks the system, as a browser would). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }))

/** The URL's host without IPv6 brackets. */
export const bareHostname = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1')

export const portOf = (url: URL): number => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80)

/**
 * The address to connect to for `url`: the first of its addresses that is public or listed in `allowHosts`.
 * Throws a refusal naming the host and the kind of address when none is allowed, or when the name does not resolve.
 */
export async function checkTarget(
  url: URL,
  options: { resolver: Resolver; allowHosts: readonly AllowedHost[] },
): Promise<ResolvedAddress> {
  const hostname = bareHostname(url)
  const literal = isIP(hostname)
  let addresses: ResolvedAddress[]
  if (literal) addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }]
  else {
    try {
      addresses = await options.resolver(hostname)
    } catch {
      addresses = []
    }
  }
  const [first] = addresses
  if (!first) throw new IngestRefusal('unreachable', `could not find the site ${hostname} (its name does not resolve)`)
  const port = portOf(url)
  for (const a of addresses) {
    if (addressProblem(a.address) === null || hostIsListed(options.allowHosts, { hostname, port, address: a.address }))
      return a
  }
  const where = literal ? `${hostname} is` : `${hostname} resolves to ${first.address},`
  throw new IngestRefusal(
    'address',
    `address not allowed: ${where} ${addressProblem(first.address)}. Only pages on public addresses can be ` +
      'fetched, unless the host is listed in INGEST_ALLOW_HOSTS.',
  )
}
