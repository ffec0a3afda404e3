/**
 * `npm start`: the Slack app. Reads the configuration, opens the corpus, connects to Slack (Socket Mode when
 * SLACK_APP_TOKEN is set, else HTTP on PORT) and serves until stopped. Wiring only.
 */
import { type Config, ConfigError, loadConfig, slackMode } from './config.js'
import type { SetupHook } from './slack/app.js'
import type { DigestScheduler } from './slack/digest/index.js'
import type { DigestCommandHandler } from './slack/types.js'

const CLI_HINT = `To try the bot without Slack, ask the corpus from the command line:

  npm run --silent cli -- ask "What did Araghchi say about the missile programme?"
  npm run --silent cli -- who`

function missingCredentials(missing: string[]): string {
  return `The Slack app cannot start: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.

Set these environment variables (copy .env.example to .env and fill it in):

  SLACK_BOT_TOKEN       the Bot User OAuth Token (xoxb-...): app settings > OAuth & Permissions
and either, for Socket Mode (no public URL needed):
  SLACK_APP_TOKEN       an App-Level Token (xapp-...) with the connections:write scope: Basic Information
or, for HTTP mode (Slack posts to https://YOUR-HOST/slack/events):
  SLACK_SIGNING_SECRET  the Signing Secret: Basic Information > App Credentials
  PORT                  the port to listen on (default 3000)

Then run:  npm run build && node --env-file=.env dist/src/main.js
Create the Slack app from manifest.yml (see the README).

${CLI_HINT}
`
}

async function main(): Promise<number> {
  let config: Config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\nSee .env.example for what each variable expects.\n`)
      return 1
    }
    throw error
  }
  const mode = slackMode(config)
  if (mode.kind === 'missing') {
    process.stderr.write(missingCredentials(mode.missing))
    return 1
  }

  // Loaded only now, so that a missing or bad setting is reported at once.
  const [
    { openEngine },
    { startApp },
    { consoleLogger, toLogLevel },
    { memoryDigestStore, openDigestStore },
    { DataDirLockedError, lockDataDir },
    { createDigestClient, createDigestCommandHandler, startDigestScheduler },
    { watchCorpus },
    { repeatLimited },
    { articleWarnings },
  ] = await Promise.all([
    import('./engine.js'),
    import('./slack/app.js'),
    import('./slack/logger.js'),
    import('./digest/store.js'),
    import('./digest/lock.js'),
    import('./slack/digest/index.js'),
    import('./live/watch-corpus.js'),
    import('./problem-log.js'),
    import('./story/article-warnings.js'),
  ])
  const logger = consoleLogger(toLogLevel(config.LOG_LEVEL))
  // problems that repeat (a DATA_DIR gone read-only, a corpus folder gone) are logged once, then at most hourly
  const persistent = repeatLimited(logger)

  // DATA_DIR first, before the slow part: one bot per DATA_DIR (a second one would post every digest again), and
  // an unusable DATA_DIR costs the digest and the cache, not the answers.
  let lock: Awaited<ReturnType<typeof lockDataDir>> | null = null
  let store: Awaited<ReturnType<typeof openDigestStore>> | null = null
  let dataProblem: string | null = null
  try {
    lock = await lockDataDir(config.DATA_DIR, {
      onLost: (reason) => persistent.error(`DATA_DIR lock ${config.DATA_DIR}: ${reason}`),
    })
    store = await openDigestStore({ dir: config.DATA_DIR, logger })
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`The Slack app cannot start. ${error.message}\n`)
      return 1
    }
    dataProblem = (error as Error).message
    await lock?.release().catch(() => undefined)
    lock = null
  }
  if (dataProblem)
    logger.warn(
      `${dataProblem}. Starting without the daily digest (it needs to record what it posted) and without the ` +
        'corpus cache (each start reads the whole corpus); answers are served as usual. Fix DATA_DIR and restart.',
    )
  const cache = store ? { dataDir: config.DATA_DIR } : undefined

  const engine = await openEngine({
    corpusDir: config.CORPUS_DIR,
    timezone: config.STORY_TIMEZONE,
    cache: cache && { ...cache, logger },
  })
  // articles added, changed or removed in CORPUS_DIR are applied while the bot runs, without a restart
  const watcher = watchCorpus(config.CORPUS_DIR, engine, {
    timezone: config.STORY_TIMEZONE,
    logger: persistent,
    // the folder itself is checked every 2 s (replaced by a deploy?); every file is compared every 5 minutes
    rescanMs: 5 * 60_000,
    ...(cache ? { cache } : {}),
  })
  for (const p of engine.problems) logger.warn(`Corpus: ${p.file}: ${p.reason}`)
  const now = new Date()
  for (const article of engine.story.articles)
    for (const warning of articleWarnings(article, now)) logger.warn(`Corpus: ${article.file}: ${warning}`)
  const articles = engine.story.articles.length
  if (articles === 0) logger.warn(`No article could be read from ${config.CORPUS_DIR}: /healthz reports not ok`)
  else logger.info(`Corpus: ${articles} article${articles === 1 ? '' : 's'} from ${config.CORPUS_DIR}`)

  // The daily digest: `/iran-talks digest ...` and the scheduler. It posts with its own Web API client, which
  // never retries on its own (a retried chat.postMessage after a timeout could post twice).
  let scheduler: DigestScheduler | undefined
  const digest: DigestCommandHandler = createDigestCommandHandler({
    store: store ?? memoryDigestStore(),
    story: () => engine.story,
    config,
    logger,
    onChange: () => void scheduler?.runDue(),
    ...(store
      ? {}
      : {
          disabled:
            'it has nowhere to keep its records (its data folder cannot be used), so it could not promise to post each digest once. The people running the bot can see why in its log.',
        }),
  })
  const setup: SetupHook[] = []
  if (store) {
    const digestStore = store
    setup.push(() => {
      scheduler = startDigestScheduler({
        client: createDigestClient({
          token: mode.botToken,
          logger,
          ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
        }),
        story: () => engine.story,
        store: digestStore,
        config,
        logger: persistent,
      })
      return () => scheduler?.stop()
    })
  }

  const running = await startApp({
    mode,
    logger,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...(config.HOST ? { host: config.HOST } : {}),
    deps: {
      story: () => engine,
      health: () => ({
        ok: engine.story.articles.length > 0,
        articles: engine.story.articles.length,
        problems: engine.problems.length,
        ...watcher.status(),
      }),
      digest,
      // `/iran-talks add URL` and the Add to story shortcut write to CORPUS_DIR; the watcher above serves the file
      ingest: {
        corpusDir: config.CORPUS_DIR,
        timezone: config.STORY_TIMEZONE,
        fetch: { allowHosts: config.INGEST_ALLOW_HOSTS },
        served: (id) => engine.hasArticle(id),
      },
    },
    setup,
  }).catch(async (error: unknown) => {
    await lock?.release().catch(() => undefined)
    throw error
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal}: stopping`)
    // never hang on the way out: the answers in flight get 10 s (see startApp), the rest a little more
    setTimeout(() => {
      logger.error('Could not stop within 20 s: exiting anyway')
      process.exit(1)
    }, 20_000).unref()
    running
      .stop() // no new requests; answers in flight finished and sent; the digest scheduler stopped
      .then(() => watcher.flush())
      .catch((error: unknown) => logger.warn(`While stopping: ${(error as Error).message}`))
      .finally(() => watcher.close())
      .then(() => lock?.release())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Error while stopping: ${(error as Error).message}`)
          process.exit(1)
        },
      )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  // A failure in one request must not take the app down: log it and keep serving.
  process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection:', reason))
  return 0
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code)
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError || (error instanceof Error && error.name === 'SlackStartError')
        ? error.message
        : `Unexpected error: ${(error as Error)?.message ?? String(error)}`
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
    process.stderr.write(
      `The Slack app could not start. ${message}${cause && !message.includes(cause.slice(2, -1)) ? cause : ''}\n`,
    )
    process.exit(1)
  },
)
