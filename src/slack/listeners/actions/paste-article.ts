/**
 * "Paste the text…" (a page that could not be read) and "Add with a date…" (a page without a date): open the form.
 * The form carries the draft's key, the link and this message's response URL, to answer there once it is sent.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import { outletOfLink } from '../../../ingest/draft.js'
import { pasteArticleView } from '../../../render/paste-article-view.js'
import { decodeAddValue } from '../../add-article.js'
import { apology, logFailure } from '../../failures.js'
import { VIEWS } from '../../ids.js'
import { encodeFormMetadata } from '../../paste-form.js'
import type { SlackRuntime } from '../../runtime.js'

export const pasteArticle =
  (rt: SlackRuntime) =>
  async ({
    ack,
    action,
    body,
    client,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>) => {
    await ack()
    const { k, u } = decodeAddValue(action.value)
    const draft = rt.drafts.get(k)
    const metadata = encodeFormMetadata({ k: draft ? k : undefined, u, r: body.response_url })
    const view = pasteArticleView({
      callbackId: VIEWS.pasteArticle,
      metadata,
      prefill: { url: draft?.url ?? u ?? null, source: draft?.source ?? outletOfLink(u), title: draft?.title ?? null },
      dateOnly: draft ? { title: draft.title, source: draft.source } : undefined,
    })
    try {
      await client.views.open({ trigger_id: body.trigger_id, view })
    } catch (error) {
      const sorry = apology(logFailure(logger, error, 'Opening the form to paste an article', { user: body.user.id }))
      await respond({ replace_original: false, text: sorry.text, blocks: sorry.blocks }).catch(() => undefined)
    }
  }
