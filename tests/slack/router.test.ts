/** Reading what a command or mention asks for, and turning Slack's text into the question typed. */
import { describe, expect, test } from 'vitest'
import { parseRequest } from '../../src/slack/router.js'
import { decodeSlackText, MAX_QUESTION, questionFrom, stripBotMention } from '../../src/slack/text.js'

describe('parseRequest', () => {
  test.each([
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['Help', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['who', { kind: 'who', name: null, page: 1 }],
    ['who 3', { kind: 'who', name: null, page: 3 }],
    ['who Araghchi', { kind: 'who', name: 'Araghchi', page: 1 }],
    ['who Abbas Araghchi', { kind: 'who', name: 'Abbas Araghchi', page: 1 }],
    ['who Abbas Araghchi 2', { kind: 'who', name: 'Abbas Araghchi', page: 2 }],
    ['WHO trump', { kind: 'who', name: 'trump', page: 1 }],
    ['sources', { kind: 'sources', page: 1 }],
    ['sources 2', { kind: 'sources', page: 2 }],
    ['articles', { kind: 'sources', page: 1 }],
    ['timeline', { kind: 'timeline', page: 1 }],
    ['timeline 4', { kind: 'timeline', page: 4 }],
    ['digest', { kind: 'digest', args: '' }],
    ['digest on 08:00', { kind: 'digest', args: 'on 08:00' }],
    ['Digest off', { kind: 'digest', args: 'off' }],
  ])('%j is %j', (text, request) => {
    expect(parseRequest(text)).toEqual(request)
  })

  test.each([
    'who said the missile programme was never negotiable?',
    'who is Araghchi',
    'who led the American delegation',
    'Who hosted the talks?',
    'who was at the talks in Muscat and what did they agree to afterwards',
    'help me understand the enrichment dispute',
    'sources say the talks will resume?',
    'timeline of the sanctions?',
    'What did Araghchi say about missiles?',
    'where were the talks held',
  ])('%j is a question', (text) => {
    expect(parseRequest(text)).toEqual({ kind: 'ask', question: text })
  })
})

describe('Slack text', () => {
  test.each([
    ['Q&amp;A', 'Q&A'],
    ['&lt;!channel&gt;', '<!channel>'],
    ['&amp;lt;', '&lt;'],
    ['plain', 'plain'],
  ])('decodeSlackText(%j) is %j', (text, plain) => {
    expect(decodeSlackText(text)).toBe(plain)
  })

  test.each([
    ['<@UBOT0001> what did Araghchi say?', 'UBOT0001', 'what did Araghchi say?'],
    ['<@UBOT0001>, what did Araghchi say?', 'UBOT0001', 'what did Araghchi say?'],
    ['<@UBOT0001|iran-talks>: who', 'UBOT0001', 'who'],
    ['hey <@UBOT0001> who said it', 'UBOT0001', 'hey who said it'],
    ['<@UBOT0001>', 'UBOT0001', ''],
    ['<@UBOT0001> did <@U0OTHER> say it?', 'UBOT0001', 'did <@U0OTHER> say it?'],
    ['<@UBOT0001> what?', undefined, 'what?'],
  ])('stripBotMention(%j, %j) is %j', (text, bot, question) => {
    expect(stripBotMention(text, bot)).toBe(question)
  })

  test('a question is at most 4,000 characters, never ending in half an emoji', () => {
    expect(questionFrom('a'.repeat(5000))).toHaveLength(MAX_QUESTION)
    const emoji = `${'a'.repeat(MAX_QUESTION - 1)}😀`
    const q = questionFrom(`${emoji}tail`)
    expect(q).toBe('a'.repeat(MAX_QUESTION - 1))
  })
})
