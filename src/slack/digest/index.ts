/** The Slack side of the daily digest, for main.ts and the command router. */
export { createDigestClient, type DigestSlackClient } from './client.js'
export {
  type CommandReply,
  createDigestCommandHandler,
  type DigestCommandContext,
  type DigestCommandDeps,
} from './command.js'
export { type DigestScheduler, type DigestSchedulerDeps, type RunReport, startDigestScheduler } from './scheduler.js'
