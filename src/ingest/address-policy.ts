/**
 * Which addresses a link may lead to: public unicast addresses only. Private, loopback, link-local (where cloud
 * metadata services answer, e.g. 169.254.169.254), carrier-grade NAT, unique-local, multicast, reserved and
 * transition ranges (6to4, Teredo, NAT64, which can embed any IPv4 address) are refused; an IPv4-mapped IPv6
 * address is judged as the IPv4 address it carries. The ranges are ipaddr.js's tables of the IANA registries.
 */
import ipaddr from 'ipaddr.js'

const DESCRIPTIONS: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services answer)',
  carrierGradeNat: 'a shared network address (carrier-grade NAT)',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  deprecatedSiteLocal: 'a private network address',
}

/** Null for a public address; otherwise what kind of address it is, in words. */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address'
  const range = ipaddr.process(address).range()
  if (range === 'unicast') return null
  return DESCRIPTIONS[range] ?? `a special-purpose address (${range})`
}
