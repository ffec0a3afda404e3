/** The message shortcut *Add to story*: the link in that message, previewed privately with Add and Cancel. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt'
import { refusedBlocks } from '../../../render/add-blocks.js'
import type { BlockMessage } from '../../../render/common-blocks.js'
import { noticeBlocks } from '../../../render/error-blocks.js'
import { encodeAddValue, previewReply } from '../../add-article.js'
import { orApology } from '../../failures.js'
import { ACTIONS } from '../../ids.js'
import { linkInMessage } from '../../links.js'
import type { SlackRuntime } from '../../runtime.js'

export const addToStory =
  (rt: SlackRuntime) =>
  async ({ ack, shortcut, respond, logger }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>) => {
    await ack()
    const link = linkInMessage(shortcut.message)
    const details = { shortcut: shortcut.callback_id, user: shortcut.user.id, channel: shortcut.channel.id, link }
    const reply = await orApology(logger, 'The Add to story shortcut', details, 'ephemeral', async () => {
      const ingest = rt.deps.ingest
      const message: BlockMessage = !ingest
        ? noticeBlocks('Adding articles is not turned on for this bot.')
        : link
          ? await previewReply(link, ingest, rt.drafts)
          : refusedBlocks({
              link: null,
              reason: 'the message holds no link',
              paste: { actionId: ACTIONS.pasteArticle, value: encodeAddValue({}) },
            })
      return message
    })
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: reply.text,
      blocks: reply.blocks,
    }).catch((e: unknown) =>
      logger.warn(`Could not answer the Add to story shortcut: ${e instanceof Error ? e.message : String(e)}`),
    )
  }
