import type { App, ViewSubmitAction } from '@slack/bolt'
import { VIEWS } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'
import { pasteArticleSubmitted } from './paste-article.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.view<ViewSubmitAction>(VIEWS.pasteArticle, pasteArticleSubmitted(rt))
}
