/** `@bot QUESTION` in a channel: answer publicly, in the thread of the message (or the thread it was asked in). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt'
import { logFailure, orApology } from '../../failures.js'
import { parseRequest, replyTo } from '../../router.js'
import type { SlackRuntime } from '../../runtime.js'
import { questionFrom, stripBotMention } from '../../text.js'
import type { CommandReply } from '../../types.js'

export const appMention =
  (rt: SlackRuntime) =>
  async ({ event, body, client, context, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    const botUserId = typeof context.botUserId === 'string' ? context.botUserId : undefined
    const threadTs = event.thread_ts ?? event.ts
    const userId = event.user ?? ''
    const details = {
      event: 'app_mention',
      event_id: body.event_id,
      user: userId,
      channel: event.channel,
      text: event.text,
    }
    // Bolt has acknowledged the event already; the answer is worked out in the answer queue
    const compute = () =>
      orApology(logger, 'Answering a mention', details, 'in_channel', () =>
        replyTo(
          parseRequest(questionFrom(stripBotMention(event.text ?? '', botUserId))),
          {
            surface: 'mention',
            channelId: event.channel,
            userId,
            ...(body.team_id ? { teamId: body.team_id } : {}),
            ...(botUserId ? { botUserId } : {}),
          },
          rt.deps,
          rt.shares,
        ),
      )
    const post = async (reply: CommandReply) => {
      const message = { channel: event.channel, thread_ts: threadTs, text: reply.text, blocks: reply.blocks }
      if (rt.poster) {
        await rt.poster.post(message, `the answer to a mention (event ${body.event_id}, channel ${event.channel})`)
        return
      }
      try {
        await client.chat.postMessage({ ...message, unfurl_links: false, unfurl_media: false })
      } catch (error) {
        logFailure(logger, error, 'Posting the answer to a mention', details)
      }
    }
    await rt.queue.track(rt.queue.run(compute).then(post))
  }
