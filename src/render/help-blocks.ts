/** The help: what the bot can answer and how to ask, with examples. Pure. */
import { type BlockMessage, context, type KnownBlock, section } from './common-blocks.js'
import { mentionUser, safeText } from './mrkdwn.js'

export type HelpView = {
  /** The slash command, e.g. `/iran-talks`. */
  command: string
  /** The bot's user id, to show how to mention it. */
  botUserId?: string
  /** Example questions (plain text; escaped here). Defaults to questions the launch coverage answers. */
  examples?: string[]
  /** What the coverage holds, for the footer. */
  coverage?: { articles: number; outlets: string[] }
  /** Whether `digest` is available on this bot. */
  digest?: boolean
  /** Whether articles can be added from Slack (`add LINK`, the Add to story shortcut). */
  adding?: boolean
}

const EXAMPLES = [
  'What did Araghchi say about the missile programme?',
  'Where were the talks held?',
  'What did Trump call the talks?',
  'Who led the American delegation?',
]

export function helpBlocks(view: HelpView): BlockMessage {
  const c = view.command
  const examples = (view.examples?.length ? view.examples : EXAMPLES).slice(0, 6)
  const mention = view.botUserId ? mentionUser(view.botUserId) : '@the bot'
  const blocks: KnownBlock[] = [
    section(
      '*Ask me about the Iran–US talks.* Every answer is quoted word for word from the collected coverage, with the ' +
        'outlet, headline, date and paragraph, so you can check it and credit it. If the coverage does not say it, ' +
        'I say so rather than guess.',
    ),
    section(
      [
        '*Ask a question*',
        `• \`${c} QUESTION\`: only you see the answer; *Share in channel* posts it for everyone, crediting you.`,
        `• Mention ${mention} with a question in a channel: I answer in a thread, for everyone.`,
        '',
        '*For example*',
        ...examples.map((e) => `• \`${c} ${safeText(e, 200)}\``),
      ].join('\n'),
    ),
    section(
      [
        '*Browse the coverage*',
        `• \`${c} who\`: everyone quoted, with role, number of statements, first and last date`,
        `• \`${c} who NAME\`: one person's statements, newest first, each dated and cited`,
        `• \`${c} sources\`: the articles`,
        `• \`${c} timeline\`: the dated events, in order`,
        ...(view.digest ? [`• \`${c} digest\`: the daily digest of the coverage`] : []),
        ...(view.adding
          ? [`• \`${c} add LINK\` (or *Add to story* on a message): add an article, after a private preview`]
          : []),
        `• \`${c} help\`: this message`,
      ].join('\n'),
    ),
  ]
  if (view.coverage) {
    const { articles, outlets } = view.coverage
    const names = outlets.slice(0, 8).map((o) => safeText(o, 60))
    const more = outlets.length > names.length ? ` and ${outlets.length - names.length} more` : ''
    blocks.push(
      context(
        `The coverage holds ${articles} article${articles === 1 ? '' : 's'}${names.length ? ` from ${names.join(', ')}${more}` : ''}.`,
      ),
    )
  }
  return { text: `Ask about the Iran–US talks: ${c} QUESTION, or ${c} help`, blocks }
}
