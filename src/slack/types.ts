/** What the Slack surface needs from the rest of the program, as narrow types so tests can inject fakes. */
import type { types } from '@slack/bolt'
import type { Engine } from '../engine.js'
import type { FetchOptions } from '../ingest/fetch-page.js'

export type KnownBlock = types.KnownBlock

/** A reply to a command or mention: blocks, the notification text, and who sees it (commands only). */
export type CommandReply = { text: string; blocks: KnownBlock[]; responseType?: 'ephemeral' | 'in_channel' }

/** Where a command was typed and by whom. */
export type CommandContext = { channelId: string; channelName?: string; userId: string; teamId?: string }

/** `/iran-talks digest ARGS`: built by the digest module and injected; the Slack app only routes to it. */
export type DigestCommandHandler = (args: string, ctx: CommandContext) => Promise<CommandReply>

/** The part of the engine the Slack app calls. */
export type StoryService = Pick<Engine, 'ask' | 'who' | 'whoNamed' | 'sources' | 'timeline'>

/**
 * What `GET /healthz` reports: `ok` when articles are served; with live updates, whether the corpus folder is
 * being watched (false while it is missing or could not be watched) and when it was last found in place.
 */
export type Health = { ok: boolean; articles: number; problems: number; watching?: boolean; checkedAt?: string | null }

export type SlackDeps = {
  /** The current engine. A getter, so that a corpus reload can swap the engine without restarting the app. */
  story: () => StoryService
  /** Whether the corpus is loaded (default: derived from `story().sources()`). */
  health?: () => Health
  /** Handles `/iran-talks digest ...`; when absent the command replies that the digest is not configured. */
  digest?: DigestCommandHandler
  /** Adding articles (`/iran-talks add URL`, the Add to story shortcut); when absent they reply that it is off. */
  ingest?: IngestDeps
}

/** Where added articles go and how pages are fetched. */
export type IngestDeps = {
  corpusDir: string
  /** STORY_TIMEZONE. */
  timezone: string
  fetch?: FetchOptions
  /** Whether the running engine serves this article yet (the corpus watcher applies new files within moments). */
  served?: (articleId: string) => boolean
  now?: () => Date
}
