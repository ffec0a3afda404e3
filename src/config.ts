/** The only reader of `process.env`: every setting validated in one place, with errors that name the variable. */
import { isIP } from 'node:net'
import { z } from 'zod'
import { type AllowedHost, parseAllowedHost } from './ingest/allow-hosts.js'

export type Env = Record<string, string | undefined>

const isZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional())
const zone = z.string().refine(isZone, { message: 'must be an IANA time zone such as UTC or Europe/London' })
const PORT_MESSAGE = 'must be a port number from 0 to 65535, e.g. 3000'
const HOURS_MESSAGE = 'must be a number of hours from 0 to 24, e.g. 3'
const clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { message: 'must be a local time HH:MM, e.g. 08:00' })
/** Slack channel IDs: C… (public), G… (private, older), D… (direct message); names are not IDs. */
const CHANNEL_ID = /^[CGD][A-Z0-9]{6,}$/
const notChannelId = (value: string) =>
  `"${value}" is not a channel ID: give IDs such as C0123456789, not names (in Slack, open the channel's details: the ID is at the bottom of the About tab)`
/** An interface address (IPv4, IPv6) or a host name to listen on: no scheme, no port. */
const isHost = (host: string): boolean =>
  isIP(host) !== 0 || /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(host)

/** `host[:port]` entries, comma- or space-separated; every bad entry is named. */
const allowHosts = z.preprocess(
  blankIsUnset,
  z
    .string()
    .default('')
    .transform((s, ctx) => {
      const out: AllowedHost[] = []
      for (const entry of s.split(/[\s,]+/).filter(Boolean)) {
        const parsed = parseAllowedHost(entry)
        if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed })
        else out.push(parsed)
      }
      return out
    }),
)

const Schema = z.object({
  CORPUS_DIR: z.preprocess(blankIsUnset, z.string().default('corpus')),
  DATA_DIR: z.preprocess(blankIsUnset, z.string().default('data')),
  STORY_TIMEZONE: z.preprocess(blankIsUnset, zone.default('UTC')),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? blankIsUnset(v.toLowerCase()) : v),
    z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  ),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', { message: 'must be a bot token starting with xoxb-' })),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, { message: 'looks too short for a signing secret' })),
  SLACK_APP_TOKEN: optional(
    z.string().startsWith('xapp-', { message: 'must be an app-level token starting with xapp-' }),
  ),
  SLACK_API_URL: optional(z.url({ message: 'must be a URL such as https://slack.com/api/' })),
  HOST: optional(
    z
      .string()
      .trim()
      .refine(isHost, { message: 'must be an address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0' }),
  ),
  PORT: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: PORT_MESSAGE })
      .int({ message: PORT_MESSAGE })
      .min(0, { message: PORT_MESSAGE })
      .max(65535, { message: PORT_MESSAGE })
      .default(3000),
  ),
  DIGEST_CHANNELS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(/[\s,]+/)
          .map((c) => c.trim())
          .filter(Boolean),
      )
      .superRefine((channels, ctx) => {
        for (const channel of channels)
          if (!CHANNEL_ID.test(channel)) ctx.addIssue({ code: 'custom', message: notChannelId(channel) })
      }),
  ),
  DIGEST_TIME: z.preprocess(blankIsUnset, clock.default('08:00')),
  DIGEST_GRACE_HOURS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: HOURS_MESSAGE })
      .min(0, { message: HOURS_MESSAGE })
      .max(24, { message: HOURS_MESSAGE })
      .default(3),
  ),
  DIGEST_SKIP_EMPTY: z.preprocess(
    (v) => (typeof v === 'string' ? blankIsUnset(v.toLowerCase()) : v),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default('false')
      .transform((v) => ['true', '1', 'yes'].includes(v)),
  ),
  INGEST_ALLOW_HOSTS: allowHosts,
})

export type Config = z.infer<typeof Schema>

/** A configuration error: `problems` lists each bad or missing variable with what is expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Reads and validates the environment (default: `process.env`). Throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = Schema.safeParse(env)
  if (parsed.success) return parsed.data
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
}

export type SlackMode =
  | { kind: 'socket'; botToken: string; appToken: string }
  | { kind: 'http'; botToken: string; signingSecret: string; port: number }

/** Which way the Slack app can run with this configuration, or what is missing for either. */
export function slackMode(config: Config): SlackMode | { kind: 'missing'; missing: string[] } {
  const missing: string[] = []
  if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN')
  if (config.SLACK_APP_TOKEN) {
    if (config.SLACK_BOT_TOKEN)
      return { kind: 'socket', botToken: config.SLACK_BOT_TOKEN, appToken: config.SLACK_APP_TOKEN }
    return { kind: 'missing', missing }
  }
  if (!config.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)')
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET)
    return {
      kind: 'http',
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      port: config.PORT,
    }
  return { kind: 'missing', missing }
}
