import type { App, BlockAction, ButtonAction } from '@slack/bolt'
import { ACTIONS } from '../../ids.js'
import type { SlackRuntime } from '../../runtime.js'
import { shareAnswer } from './share-answer.js'

export const register = (app: App, rt: SlackRuntime): void => {
  app.action<BlockAction<ButtonAction>>(ACTIONS.shareAnswer, shareAnswer(rt))
}
