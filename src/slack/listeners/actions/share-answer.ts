/** The Share in channel button: post the same answer publicly, crediting who asked, then remove the private copy. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import { noticeBlocks } from '../../../render/error-blocks.js'
import { apology, logFailure } from '../../failures.js'
import { COMMAND } from '../../ids.js'
import { sharedAnswer } from '../../router.js'
import type { SlackRuntime } from '../../runtime.js'

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
    const messageTs: unknown = body.container?.message_ts
    const clickKey =
      typeof messageTs === 'string'
        ? `share:${body.channel?.id ?? ''}:${messageTs}:${userId}:${action.value ?? ''}`
        : null
    if (clickKey && rt.recent.seen(clickKey)) {
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
        if (clickKey) rt.recent.forget(clickKey) // let them try again
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
