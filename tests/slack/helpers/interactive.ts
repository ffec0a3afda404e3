/**
 * Interactive payloads the harness does not send: a message shortcut and a form (modal) submission, signed as
 * Slack signs them.
 */
import { nowSeconds, type SentResponse, sign, type TestApp } from './harness.js'

let counter = 0
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`

const postPayload = (app: TestApp, payload: Record<string, unknown>): Promise<SentResponse> => {
  const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
  return app.postRaw(form, { 'content-type': 'application/x-www-form-urlencoded', ...sign(form, nowSeconds()) })
}

const who = {
  team: { id: 'T0NEWS01', domain: 'newsroom' },
  user: { id: 'U0REPORTER', username: 'reporter', name: 'reporter', team_id: 'T0NEWS01' },
  api_app_id: 'A0IRANTALK',
  token: 'verification-token-unused',
}

/** Runs the message shortcut `callbackId` on a message; the reply goes to the returned response URL id. */
export async function messageShortcut(
  app: TestApp,
  callbackId: string,
  message: Record<string, unknown>,
): Promise<SentResponse & { responseId: string; triggerId: string }> {
  const responseId = nextId('sc')
  const triggerId = nextId('trigger.')
  const res = await postPayload(app, {
    ...who,
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: triggerId,
    response_url: app.slack.responseUrl(responseId),
    channel: { id: 'C0DESK001', name: 'foreign-desk' },
    message_ts: '1770400100.000100',
    action_ts: '1770400101.000200',
    message: { type: 'message', user: 'U0EDITOR', ts: '1770400100.000100', ...message },
  })
  return { ...res, responseId, triggerId }
}

/** Submits a form: `values` are block id → text, as plain-text inputs with action id `value`. */
export function submitView(
  app: TestApp,
  view: { id?: string; callback_id: string; private_metadata: string },
  values: Record<string, string>,
): Promise<SentResponse> {
  const state = Object.fromEntries(
    Object.entries(values).map(([block, value]) => [block, { value: { type: 'plain_text_input', value } }]),
  )
  return postPayload(app, {
    ...who,
    type: 'view_submission',
    trigger_id: nextId('trigger.'),
    view: {
      id: view.id ?? nextId('V'),
      team_id: 'T0NEWS01',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values: state },
      hash: nextId('h'),
      blocks: [],
      title: { type: 'plain_text', text: 'Add an article' },
    },
    response_urls: [],
  })
}
