/**
 * INGEST_ALLOW_HOSTS: `host[:port]` entries (a name, an IPv4 address, or an IPv6 address in brackets) whose pages
 * may be fetched even though they resolve to a private, loopback or link-local address (tests, intranet sites).
 */
import ipaddr from 'ipaddr.js'

export type AllowedHost = {
  /** Lower-case host name, or an IP address in its normal form (IPv6 without brackets). */
  host: string
  /** null: any port. */
  port: number | null
}

/** One IP address in a form that compares equal however it was written; anything else lower-cased. */
export function normalHost(host: string): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare.replace(/\.$/, '')
}

const NAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$/i

/** Reads one entry; returns a message when it is not `host[:port]`. */
export function parseAllowedHost(entry: string): AllowedHost | string {
  const text = entry.trim()
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(text)
  const plain = /^([^:[\]]+)(?::(\d{1,5}))?$/.exec(text)
  const [host, port] = bracketed
    ? [bracketed[1] ?? '', bracketed[2]]
    : plain
      ? [plain[1] ?? '', plain[2]]
      : ipaddr.IPv6.isValid(text)
        ? [text, undefined]
        : ['', undefined]
  const valid = ipaddr.isValid(host) || (!bracketed && NAME.test(host))
  const portNumber = port === undefined ? null : Number(port)
  if (!valid || (portNumber !== null && (portNumber < 1 || portNumber > 65535)))
    return `"${text}" is not host[:port] (e.g. intranet.example, 127.0.0.1:8080 or [::1]:8080)`
  return { host: normalHost(host), port: portNumber }
}

/**
 * Whether a request to `hostname` on `port`, connecting to `address`, is allowed by the list: an entry names the
 * host as written in the link, or the address it resolved to, and either no port or this one.
 */
export function hostIsListed(
  list: readonly AllowedHost[],
  target: { hostname: string; port: number; address: string },
): boolean {
  const host = normalHost(target.hostname)
  const address = normalHost(target.address)
  return list.some((e) => (e.host === host || e.host === address) && (e.port === null || e.port === target.port))
}
