/**
 * The Add button under a preview: write the article with who added it, then replace the preview with where it went
 * and a question to try. A second click (or a repeated delivery) adds nothing; after a restart the link is fetched
 * again.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import type { ArticleDraft } from '../../../ingest/draft.js'
import { isRefusal } from '../../../ingest/refusal.js'
import { draftFromLink } from '../../../ingest/sources.js'
import { refusedBlocks } from '../../../render/add-blocks.js'
import { noticeBlocks } from '../../../render/error-blocks.js'
import { addAsUser, decodeAddValue } from '../../add-article.js'
import { apology, logFailure } from '../../failures.js'
import { COMMAND } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'

export const addArticle =
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
    const { k, u } = decodeAddValue(action.value)
    const details = { action: action.action_id, user: userId, channel: body.channel?.id, link: u }
    const clickKey = `add:${k ?? u ?? ''}`
    if (rt.recent.seen(clickKey)) {
      logger.info(`Ignoring a second click on Add (${clickKey})`)
      return
    }
    const ingest = rt.deps.ingest
    let draft: ArticleDraft | undefined
    try {
      if (!ingest) {
        await respond({ replace_original: false, ...noticeBlocks('Adding articles is not turned on for this bot.') })
        return
      }
      draft = rt.drafts.take(k)
      if (!draft && u) {
        try {
          draft = await draftFromLink(u, ingest.fetch)
        } catch (error) {
          if (!isRefusal(error)) throw error
          rt.recent.forget(clickKey)
          await respond({ replace_original: false, ...refusedBlocks({ link: u, reason: error.message }) })
          return
        }
      }
      if (!draft) {
        await respond({
          replace_original: true,
          ...noticeBlocks(`That preview has expired. Run \`${COMMAND} add LINK\` again.`),
        })
        return
      }
      const outcome = await addAsUser(draft, userId, ingest)
      if (outcome.refused) {
        // the preview stays, so Add can be tried again
        if (k) rt.drafts.restore(k, draft)
        rt.recent.forget(clickKey)
        await respond({ replace_original: false, ...outcome.reply })
        return
      }
      await respond({ replace_original: true, ...outcome.reply })
    } catch (error) {
      if (k && draft) rt.drafts.restore(k, draft)
      rt.recent.forget(clickKey)
      const sorry = apology(logFailure(logger, error, 'Adding an article', details))
      await respond({ replace_original: false, text: sorry.text, blocks: sorry.blocks }).catch((e: unknown) =>
        logFailure(logger, e, 'Sending the apology for a failed add', details),
      )
    }
  }
