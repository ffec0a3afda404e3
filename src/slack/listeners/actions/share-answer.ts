/** The Share in channel button: post the same answer publicly, crediting who asked, then remove the private copy. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import { noticeBlocks } from '../../../render/error-blocks.js'
import { apology, logFailure } from '../../failures.js'
import { COMMAND } from '../../ids.js'
import { sharedAnswer } from '../../router.js'
import type { SlackRuntime } from '../../runtime.js'

/**
 * What makes two clicks the same share: the private message clicked (its ts, from the container or the message),
 * or, when Slack sends neither, the same question shared by the same person in the same channel.
 */
function shareKey(body: BlockAction<ButtonAction>, value: string): string {
  const messageTs: unknown = body.container?.message_ts ?? body.message?.ts
  const where = body.channel?.id ?? body.container?.channel_id ?? ''
  return typeof messageTs === 'string' && messageTs
    ? `share:${where}:${messageTs}:${body.user.id}:${value}`
    : `share:${where}:${body.user.id}:${value}`
}

export const shareAnswer =
  (rt: SlackRuntime) =>
  async ({
    ack,
    action,
    body,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack()
    const userId = body.user.id
    const details = { action: action.action_id, user: userId, channel: body.channel?.id }
    const clickKey = shareKey(body, action.value ?? '')
    if (rt.recent.seen(clickKey)) {
      logger.info(`Ignoring a second click on Share (${clickKey})`)
      return
    }
    const share = async () => {
      try {
        const question = rt.shares.decode(action.value)
        if (question === null) {
          const notice = noticeBlocks(
            'That answer can no longer be shared (the bot was restarted since). Please ask again.',
            `\`${COMMAND} QUESTION\``,
          )
          await respond({ response_type: 'ephemeral', replace_original: false, ...notice })
          return
        }
        const reply = await rt.queue.run(() => sharedAnswer(question, userId, rt.deps))
        await respond({ response_type: 'in_channel', replace_original: false, text: reply.text, blocks: reply.blocks })
      } catch (error) {
        rt.recent.forget(clickKey) // let them try again
        const ref = logFailure(logger, error, 'Sharing an answer', details)
        const sorry = apology(ref)
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: sorry.text,
          blocks: sorry.blocks,
        }).catch((e: unknown) => logFailure(logger, e, 'Sending the apology for a failed share', details))
        return
      }
      await respond({ delete_original: true }).catch((e: unknown) =>
        logger.warn(
          `Could not remove the private answer after sharing it: ${e instanceof Error ? e.message : String(e)}`,
        ),
      )
    }
    await rt.queue.track(share())
  }
