/**
 * The Bolt app: Socket Mode or HTTP (`/slack/events`, plus `GET /healthz`), the listeners, and hooks for whatever
 * else should run with the app's client (the digest scheduler). Wiring only.
 */
import type { Server } from 'node:http'
import { App, type CustomRoute, HTTPReceiver, type Logger, LogLevel, webApi } from '@slack/bolt'
import type { SlackMode } from '../config.js'
import { createAnswerPoster } from './answer-poster.js'
import { registerListeners } from './listeners/index.js'
import { consoleLogger } from './logger.js'
import { dropRepeatedEvents } from './middleware/drop-repeats.js'
import { guardRequests } from './request-guard.js'
import { createRuntime, type SlackRuntime } from './runtime.js'
import type { Health, SlackDeps } from './types.js'
import { WorkQueue } from './work-queue.js'

/** Who the bot is in the workspace, from `auth.test`. */
export type SlackIdentity = { botUserId: string; botId: string; teamId?: string; team?: string; url?: string }

export type Teardown = () => void | Promise<void>

/**
 * Runs once the app is listening, with its Web API client (e.g. to start the digest scheduler). It may return a
 * function that `stop()` calls before the app stops.
 */
export type SetupHook = (ctx: SetupContext) => HookResult | Promise<HookResult>

export type SetupContext = { app: App; client: webApi.WebClient; logger: Logger; identity: SlackIdentity }

// biome-ignore lint/suspicious/noConfusingVoidType: a hook may be a plain `async () => {}`, which returns Promise<void>
type HookResult = void | Teardown

export type SlackAppOptions = {
  mode: SlackMode
  deps: SlackDeps
  logLevel?: LogLevel
  logger?: Logger
  /** Base URL of the Slack Web API (default Slack's own), e.g. for a proxy or a test double. */
  slackApiUrl?: string
  /** HTTP mode: the interface to listen on (default: all). */
  host?: string
  setup?: SetupHook[]
  /** Milliseconds before a call to Slack (Web API, response URL) is abandoned (default 5 s). */
  slackTimeoutMs?: number
  /** On stop, how long answers already accepted may take to be worked out and sent (default 10 s). */
  drainMs?: number
}

export type RunningApp = {
  app: App
  client: webApi.WebClient
  identity: SlackIdentity
  runtime: SlackRuntime
  /** HTTP mode: the port actually listened on (useful with PORT=0); null in Socket Mode. */
  port: number | null
  stop: () => Promise<void>
}

/** Why the app could not start, in words for the person running it. */
export class SlackStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SlackStartError'
  }
}

export const HEALTH_PATH = '/healthz'
export const EVENTS_PATH = '/slack/events'

const apiUrl = (url: string | undefined): string | undefined => (url && !url.endsWith('/') ? `${url}/` : url)

/** Builds the Bolt app and registers the listeners; does not connect or listen. */
export function createApp(options: SlackAppOptions, identity: SlackIdentity): { app: App; runtime: SlackRuntime } {
  const logger = options.logger ?? consoleLogger(options.logLevel ?? LogLevel.INFO)
  const slackApiUrl = apiUrl(options.slackApiUrl)
  const timeoutMs = options.slackTimeoutMs ?? 5000
  // Bolt's `respond` (response URLs) and its client use this fetch: a hung Slack cannot hold a call for ever
  const clientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), fetch: fetchWithTimeout(timeoutMs) }
  const common = {
    token: options.mode.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger,
    // without it Bolt sets the logger back to INFO, whatever LOG_LEVEL says
    logLevel: logger.getLevel(),
    clientOptions,
  }
  let unanswered: (() => number) | undefined
  let app: App
  if (options.mode.kind === 'socket') app = new App({ ...common, appToken: options.mode.appToken, socketMode: true })
  else {
    const receiver = new HTTPReceiver({
      signingSecret: options.mode.signingSecret,
      endpoints: EVENTS_PATH,
      customRoutes: [healthRoute(options.deps)],
      logger,
      logLevel: logger.getLevel(),
    })
    // timestamps either way, replays and bodies that are not Slack payloads are refused before Bolt sees them
    const guard = guardRequests(receiver.requestListener, {
      signingSecret: options.mode.signingSecret,
      paths: [EVENTS_PATH],
      logger,
    })
    receiver.requestListener = guard.listener
    unanswered = guard.unanswered
    app = new App({ ...common, receiver })
  }
  const runtime = createRuntime(options.deps, {
    queue: new WorkQueue(unanswered ? { unanswered } : {}),
    poster: createAnswerPoster({
      token: options.mode.botToken,
      ...(slackApiUrl ? { slackApiUrl } : {}),
      logger,
      timeoutMs,
    }),
  })
  app.use(dropRepeatedEvents(runtime.recent))
  registerListeners(app, runtime)
  app.error(async (error) => {
    logger.error(`Unhandled error while handling a Slack request: ${error.message}`, error)
  })
  return { app, runtime }
}

/** Checks the bot token with `auth.test` (failing fast and clearly), then builds and starts the app. */
export async function startApp(options: SlackAppOptions): Promise<RunningApp> {
  const logger = options.logger ?? consoleLogger(options.logLevel ?? LogLevel.INFO)
  const opts = { ...options, logger }
  const identity = await verifyBotToken(options.mode.botToken, apiUrl(options.slackApiUrl), logger)
  const { app, runtime } = createApp(opts, identity)

  let port: number | null = null
  if (options.mode.kind === 'http') {
    const listen = options.host ? { port: options.mode.port, host: options.host } : options.mode.port
    let server: Server
    try {
      server = await app.start(listen)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new SlackStartError(
        code === 'EADDRINUSE'
          ? `PORT ${options.mode.port} is already in use: stop what uses it, or set PORT to another port.`
          : `Could not listen on PORT ${options.mode.port}: ${(error as Error).message}`,
        { cause: error },
      )
    }
    const address = server.address()
    port = typeof address === 'object' && address ? address.port : options.mode.port
    logger.info(
      `Listening for Slack on port ${port} (${options.host ? `interface ${options.host}` : 'every interface'}): ` +
        `request URL http://HOST:${port}${EVENTS_PATH}, health ${HEALTH_PATH}`,
    )
  } else {
    try {
      await app.start()
    } catch (error) {
      throw new SlackStartError(
        `Could not connect in Socket Mode: ${(error as Error).message}. Check SLACK_APP_TOKEN (an app-level token ` +
          'with the connections:write scope) and that Socket Mode is on in the app settings.',
        { cause: error },
      )
    }
    logger.info('Connected to Slack in Socket Mode')
  }

  const teardowns: Teardown[] = []
  const stopApp = async () => {
    // no new requests; then the answers already accepted are worked out and sent (within a bound)
    await app
      .stop()
      .catch((error: unknown) => logger.warn(`Stopping the Slack connection: ${(error as Error).message}`))
    const inFlight = runtime.queue.pending
    if (inFlight > 0) {
      logger.info(`Finishing ${inFlight} answer${inFlight === 1 ? '' : 's'} in progress before stopping`)
      const left = await runtime.queue.drain(options.drainMs ?? 10_000)
      if (left > 0) logger.warn(`Stopped with ${left} answer${left === 1 ? '' : 's'} not sent (still in progress)`)
    }
    for (const t of teardowns.reverse()) {
      try {
        await t()
      } catch (error) {
        logger.warn(`A stop hook failed: ${(error as Error).message}`)
      }
    }
  }
  try {
    for (const hook of options.setup ?? []) {
      const teardown = await hook({ app, client: app.client, logger, identity })
      if (typeof teardown === 'function') teardowns.push(teardown)
    }
  } catch (error) {
    await stopApp().catch(() => undefined)
    throw error
  }

  let stopped: Promise<void> | null = null
  return {
    app,
    client: app.client,
    identity,
    runtime,
    port,
    stop: () => {
      stopped ??= stopApp()
      return stopped
    },
  }
}

/** `auth.test` with a short retry budget, so that a bad token or an unreachable Slack is reported at once. */
export async function verifyBotToken(
  token: string,
  slackApiUrl: string | undefined,
  logger: Logger,
): Promise<SlackIdentity> {
  const client = new webApi.WebClient(token, {
    logger,
    logLevel: logger.getLevel(),
    retryConfig: { retries: 1, factor: 1, minTimeout: 500, maxTimeout: 500 },
    timeout: 15_000,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  })
  let result: webApi.AuthTestResponse
  try {
    result = await client.auth.test()
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error
    if (code)
      throw new SlackStartError(
        `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, ` +
          'and reinstall the app to the workspace if it was revoked.',
        { cause: error },
      )
    throw new SlackStartError(
      `Could not reach the Slack Web API at ${slackApiUrl ?? 'https://slack.com/api/'}: ${(error as Error).message}` +
        (slackApiUrl ? ' (check SLACK_API_URL)' : ''),
      { cause: error },
    )
  }
  const missing = [result.user_id ? '' : 'user_id', result.bot_id ? '' : 'bot_id'].filter(Boolean)
  if (!result.user_id || !result.bot_id)
    throw new SlackStartError(
      `Slack's answer to auth.test has no ${missing.join(' and ')}, which the app needs to know its own messages and ` +
        'mentions. Slack gives both for a Bot User OAuth Token (xoxb-…, from OAuth & Permissions); ' +
        (slackApiUrl
          ? `if SLACK_API_URL (${slackApiUrl}) is a proxy or a stand-in for Slack, make its auth.test return them.`
          : 'check that SLACK_BOT_TOKEN is that token.'),
    )
  return {
    botUserId: result.user_id,
    botId: result.bot_id,
    ...(result.team_id ? { teamId: result.team_id } : {}),
    ...(result.team ? { team: result.team } : {}),
    ...(result.url ? { url: result.url } : {}),
  }
}

/** `fetch` that gives up after `ms` (as well as when the caller's own signal aborts). */
export function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms)
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
}

function healthRoute(deps: SlackDeps): CustomRoute {
  const health = deps.health ?? (() => defaultHealth(deps))
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      let h: Health
      try {
        h = health()
      } catch {
        h = { ok: false, articles: 0, problems: 0 }
      }
      res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(h))
    },
  }
}

const defaultHealth = (deps: SlackDeps): Health => {
  const articles = deps.story().sources().length
  return { ok: articles > 0, articles, problems: 0 }
}
