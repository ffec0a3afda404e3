import type { App, BlockAction, ButtonAction } from '@slack/bolt'
import { ACTIONS } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'
import { addArticle } from './add-article.js'
import { cancelAdd } from './cancel-add.js'
import { pasteArticle } from './paste-article.js'
import { shareAnswer } from './share-answer.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.action<BlockAction<ButtonAction>>(ACTIONS.shareAnswer, shareAnswer(rt))
  app.action<BlockAction<ButtonAction>>(ACTIONS.addArticle, addArticle(rt))
  app.action<BlockAction<ButtonAction>>(ACTIONS.cancelAdd, cancelAdd(rt))
  app.action<BlockAction<ButtonAction>>(ACTIONS.pasteArticle, pasteArticle(rt))
}
