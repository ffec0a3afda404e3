/**
 * What a command or mention asks for, and the reply to it: parse the text, call the core, render. The listeners
 * only carry these replies to Slack.
 */
import type { Answer } from '../answer/types.js'
import { answerBlocks } from '../render/answer-blocks.js'
import { type BlockMessage, clampBlocks } from '../render/common-blocks.js'
import { noticeBlocks } from '../render/error-blocks.js'
import { helpBlocks } from '../render/help-blocks.js'
import { LIMITS, truncate } from '../render/mrkdwn.js'
import { sourcesBlocks } from '../render/sources-blocks.js'
import { timelineBlocks } from '../render/timeline-blocks.js'
import { whoListBlocks, whoNamedBlocks } from '../render/who-blocks.js'
import { previewReply } from './add-article.js'
import type { DraftStore } from './drafts.js'
import { ACTIONS, COMMAND } from './ids.js'
import { linkArgument } from './links.js'
import type { ShareStore } from './share.js'
import type { CommandContext, CommandReply, SlackDeps } from './types.js'

export type Request =
  | { kind: 'help' }
  | { kind: 'ask'; question: string }
  | { kind: 'who'; name: string | null; page: number }
  | { kind: 'sources'; page: number }
  | { kind: 'timeline'; page: number }
  | { kind: 'digest'; args: string }
  | { kind: 'add'; link: string }

/** Words that, right after "who", make the rest a question ("who said…") rather than a name ("who Araghchi"). */
const QUESTION_WORDS = new Set(
  (
    'is was are were am be been being said say says did does do told tell tells will would shall should can could ' +
    'may might must has have had spoke speaks warned warns called calls leads led lead wants wanted met meets ' +
    'attended mediated mediates negotiated negotiates hosted hosts pledged pledges signed signs rejected rejects ' +
    'announced announces described describes threatened threatens insisted insists confirmed confirms else exactly'
  ).split(' '),
)

const PAGE = /^\d{1,4}$/

/**
 * Requests whose reply mostly waits on the network (`add` fetches a page, for up to 10 s), not on this thread's CPU:
 * they do not take a turn in the one-at-a-time answer queue, where they would hold up every answer behind them.
 */
export const waitsOnNetwork = (request: Request): boolean => request.kind === 'add'

/** Reads the text of `/iran-talks TEXT` or of a mention (already decoded, without the bot's mention). */
export function parseRequest(text: string): Request {
  const trimmed = text.trim()
  if (!trimmed) return { kind: 'help' }
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed)
  const word = (match?.[1] ?? '').toLowerCase().replace(/[:,.!]+$/, '')
  const rest = (match?.[2] ?? '').trim()
  const restPage = PAGE.test(rest) ? Number(rest) : rest === '' ? 1 : null
  switch (word) {
    case 'help':
    case '?':
    case '-h':
    case '--help':
      if (rest === '') return { kind: 'help' }
      break
    case 'sources':
    case 'articles':
      if (restPage !== null) return { kind: 'sources', page: restPage }
      break
    case 'timeline':
      if (restPage !== null) return { kind: 'timeline', page: restPage }
      break
    case 'digest':
      return { kind: 'digest', args: rest }
    case 'add':
      // `add LINK` (one word with a dot or a scheme); "add …" that is not a link stays a question
      if (rest === '' || (/^\S+$/.test(rest) && /[.:]/.test(rest))) return { kind: 'add', link: linkArgument(rest) }
      break
    case 'who': {
      if (restPage !== null) return { kind: 'who', name: null, page: restPage }
      const words = rest.split(/\s+/)
      const first = (words[0] ?? '').toLowerCase()
      if (rest.includes('?') || words.length > 5 || QUESTION_WORDS.has(first)) break
      const last = words[words.length - 1] ?? ''
      if (words.length > 1 && PAGE.test(last))
        return { kind: 'who', name: words.slice(0, -1).join(' '), page: Number(last) }
      return { kind: 'who', name: rest, page: 1 }
    }
  }
  return { kind: 'ask', question: trimmed }
}

export type Surface = 'command' | 'mention'

export type ReplyContext = CommandContext & {
  surface: Surface
  /** The bot's user id, to show how to mention it in the help. */
  botUserId?: string
}

/** The reply to a request. Throws when the core fails (the listener apologises and logs). */
export async function replyTo(
  request: Request,
  ctx: ReplyContext,
  deps: SlackDeps,
  shares: ShareStore,
  drafts?: DraftStore,
): Promise<CommandReply> {
  const story = deps.story()
  const visibility = ctx.surface === 'command' ? 'ephemeral' : 'in_channel'
  const reply = (message: BlockMessage, responseType: CommandReply['responseType'] = visibility): CommandReply =>
    clampReply({ ...message, responseType })
  switch (request.kind) {
    case 'help': {
      const sources = story.sources()
      return reply(
        helpBlocks({
          command: COMMAND,
          ...(ctx.botUserId ? { botUserId: ctx.botUserId } : {}),
          coverage: { articles: sources.length, outlets: [...new Set(sources.map((s) => s.source))] },
          digest: deps.digest !== undefined,
          adding: deps.ingest !== undefined,
        }),
      )
    }
    case 'ask':
      return reply(renderAnswer(request.question, story.ask(request.question), ctx, shares))
    case 'who': {
      if (request.name === null)
        return reply(whoListBlocks({ command: COMMAND, entries: story.who(), page: request.page }))
      const quotes = story.whoNamed(request.name)
      if (quotes.length === 0 && request.name.includes(' ')) {
        // "who represented the US": not a name after all; try it as a question before saying nobody matches.
        const question = `who ${request.name}`
        const answer = story.ask(question)
        if (answer.answer !== null) return reply(renderAnswer(question, answer, ctx, shares))
      }
      return reply(
        whoNamedBlocks({
          command: COMMAND,
          name: request.name,
          quotes,
          sources: story.sources(),
          known: quotes.length === 0 ? story.who().map((w) => w.speaker) : [],
          page: request.page,
        }),
      )
    }
    case 'sources':
      return reply(sourcesBlocks({ command: COMMAND, sources: story.sources(), page: request.page }))
    case 'timeline':
      return reply(
        timelineBlocks({ command: COMMAND, entries: story.timeline(), sources: story.sources(), page: request.page }),
      )
    case 'add': {
      if (ctx.surface !== 'command' || !drafts)
        return reply(
          noticeBlocks(
            `To add an article, use \`${COMMAND} add LINK\` or the *Add to story* shortcut on a message with a link: the preview is shown only to you.`,
          ),
        )
      if (!deps.ingest) return reply(noticeBlocks('Adding articles is not turned on for this bot.'))
      if (!request.link) return reply(noticeBlocks(`Give the link: \`${COMMAND} add https://…\``))
      return reply(await previewReply(request.link, deps.ingest, drafts))
    }
    case 'digest': {
      if (!deps.digest) {
        return reply(
          noticeBlocks(
            'The daily digest is not configured on this bot.',
            `Ask a question instead, or see \`${COMMAND} help\`.`,
          ),
        )
      }
      const { channelId, channelName, userId, teamId } = ctx
      const out = await deps.digest(request.args, {
        channelId,
        userId,
        ...(channelName !== undefined ? { channelName } : {}),
        ...(teamId !== undefined ? { teamId } : {}),
      })
      return clampReply({
        ...out,
        responseType: ctx.surface === 'command' ? (out.responseType ?? 'ephemeral') : 'in_channel',
      })
    }
  }
}

/** An answer as a message: with a Share button when only the asker sees it, crediting the asker when public. */
function renderAnswer(question: string, answer: Answer, ctx: ReplyContext, shares: ShareStore): BlockMessage {
  const share =
    ctx.surface === 'command' && answer.answer !== null && answer.citations.length > 0
      ? { actionId: ACTIONS.shareAnswer, value: shares.encode(question) }
      : undefined
  return answerBlocks({
    answer,
    question,
    command: COMMAND,
    ...(ctx.surface === 'mention' && ctx.userId ? { askedBy: ctx.userId } : {}),
    ...(share ? { share } : {}),
  })
}

/** The public copy of an answer, for Share in channel: the same answer, crediting who asked, without the button. */
export function sharedAnswer(question: string, userId: string, deps: SlackDeps): CommandReply {
  const answer = deps.story().ask(question)
  return clampReply({
    ...answerBlocks({ answer, question, command: COMMAND, askedBy: userId, askedWith: COMMAND }),
    responseType: 'in_channel',
  })
}

/** Whatever produced a reply (a view, or an injected handler), it goes out within Slack's limits. */
function clampReply(reply: CommandReply): CommandReply {
  return { ...reply, text: truncate(reply.text, LIMITS.fallbackText) || ' ', blocks: clampBlocks(reply.blocks) }
}
