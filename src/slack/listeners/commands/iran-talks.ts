/** `/iran-talks …`: acknowledge at once, then answer privately through the response URL. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt'
import { logFailure, orApology } from '../../failures.js'
import { parseRequest, replyTo, waitsOnNetwork } from '../../router.js'
import type { SlackRuntime } from '../../runtime.js'
import { questionFrom } from '../../text.js'
import type { CommandReply } from '../../types.js'

export const iranTalksCommand =
  (rt: SlackRuntime) =>
  async ({ command, ack, respond, logger, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    const ctx = {
      surface: 'command' as const,
      channelId: command.channel_id,
      channelName: command.channel_name,
      userId: command.user_id,
      teamId: command.team_id,
      ...(typeof context.botUserId === 'string' ? { botUserId: context.botUserId } : {}),
    }
    const details = { command: command.command, user: command.user_id, channel: command.channel_id, text: command.text }
    const request = parseRequest(questionFrom(command.text ?? ''))
    const compute = () =>
      orApology(logger, 'The slash command', details, 'ephemeral', () =>
        replyTo(request, ctx, rt.deps, rt.shares, rt.drafts),
      )

    if (!command.response_url) {
      // Nowhere to answer later: answer in the acknowledgement.
      await ack(toSlack(await compute()))
      return
    }
    await ack()
    // worked out in the answer queue, after the acknowledgement has gone out (a page fetch waits beside it)
    const reply = waitsOnNetwork(request) ? compute() : rt.queue.run(compute)
    await rt.queue.track(
      reply.then((reply) =>
        respond(toSlack(reply)).then(
          () => undefined,
          (error: unknown) => {
            logFailure(logger, error, 'Sending the reply to the response URL', details)
          },
        ),
      ),
    )
  }

const toSlack = (reply: CommandReply) => ({
  response_type: reply.responseType ?? 'ephemeral',
  text: reply.text,
  blocks: reply.blocks,
  replace_original: false,
})
