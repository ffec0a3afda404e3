/** The Cancel button under a preview: forget the draft and say it was not added. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import { cancelledBlocks } from '../../../render/add-blocks.js'
import { decodeAddValue } from '../../add-article.js'
import type { SlackRuntime } from '../../runtime.js'

export const cancelAdd =
  (rt: SlackRuntime) =>
  async ({
    ack,
    action,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack()
    const draft = rt.drafts.take(decodeAddValue(action.value).k)
    await respond({ replace_original: true, ...cancelledBlocks(draft?.title ?? null) }).catch((e: unknown) =>
      logger.warn(`Could not replace a cancelled preview: ${e instanceof Error ? e.message : String(e)}`),
    )
  }
