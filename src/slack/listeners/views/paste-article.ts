/**
 * The form to paste an article (or to give the date a page lacked) is sent: a field that is missing or wrong is
 * shown in the form; otherwise the form closes, the article is added with who added it, and the message the form
 * came from says where it went. A submission delivered twice adds once.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt'
import { type ArticleDraft, draftFromText, pastedProblems } from '../../../ingest/draft.js'
import { normalizePublished } from '../../../ingest/published-date.js'
import type { BlockMessage } from '../../../render/common-blocks.js'
import { noticeBlocks } from '../../../render/error-blocks.js'
import { PASTE_FIELDS } from '../../../render/paste-article-view.js'
import { addAsUser } from '../../add-article.js'
import { apology, logFailure } from '../../failures.js'
import { decodeFormMetadata, type FormValues, fieldValue, pastedInput } from '../../paste-form.js'
import { postToResponseUrl } from '../../response-url.js'
import type { SlackRuntime } from '../../runtime.js'

const DATE_ERROR = 'Give the date as YYYY-MM-DD, or a date-time with offset (2026-02-09T08:15+04:00).'

/** Form field → the block that shows its error. */
const BLOCK_OF = {
  title: PASTE_FIELDS.title,
  source: PASTE_FIELDS.source,
  published: PASTE_FIELDS.published,
  url: PASTE_FIELDS.url,
  text: PASTE_FIELDS.text[0],
} as const

export const pasteArticleSubmitted =
  (rt: SlackRuntime) =>
  async ({ ack, view, body, logger }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const meta = decodeFormMetadata(view.private_metadata)
    const values: FormValues = view.state.values
    const userId = body.user.id
    const details = { view: view.callback_id, user: userId, link: meta.u }
    const ingest = rt.deps.ingest
    let draft: ArticleDraft
    if (meta.k) {
      // only the date was asked for
      const published = normalizePublished(fieldValue(values, PASTE_FIELDS.published))
      const pending = rt.drafts.get(meta.k)
      if (!published || !pending) {
        await ack({
          response_action: 'errors',
          errors: {
            [PASTE_FIELDS.published]: published ? 'This preview has expired: run the command again.' : DATE_ERROR,
          },
        })
        return
      }
      draft = { ...pending, published }
    } else {
      const input = pastedInput(values)
      const problems = pastedProblems(input)
      if (problems.length > 0) {
        const errors = Object.fromEntries(problems.map((p) => [BLOCK_OF[p.field], p.message]))
        await ack({ response_action: 'errors', errors })
        return
      }
      draft = draftFromText(input)
    }
    if (rt.recent.seen(`view:${view.id}`)) {
      logger.info(`Ignoring a repeated submission of the form (${view.id})`)
      await ack()
      return
    }
    await ack()
    if (meta.k) rt.drafts.take(meta.k)

    let reply: BlockMessage
    let written = false
    try {
      if (!ingest) reply = noticeBlocks('Adding articles is not turned on for this bot.')
      else ({ reply, written } = await addAsUser(draft, userId, ingest))
    } catch (error) {
      reply = apology(logFailure(logger, error, 'Adding a pasted article', details))
    }
    if (!meta.r) {
      logger.warn(
        `A pasted article was handled (${written ? 'added' : 'not added'}) but there is no message to answer in`,
      )
      return
    }
    await postToResponseUrl(meta.r, reply, { replaceOriginal: written }).catch((error: unknown) =>
      logFailure(logger, error, 'Answering a pasted article', details),
    )
  }
