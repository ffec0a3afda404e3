/**
 * "What did X decide / agree (at the meeting) …?" asks the outcome of a decision. A sentence that writes the decision
 * only as one to come ("Saudi Arabia called for an emergency conference of OPEC to discuss how much oil to pump",
 * "the ministers will meet on Friday to decide") is from before it and does not say what was decided, unless it also
 * reports a decision made ("agreed", "voted", "decided").
 */
import type { Span } from './span.js'

/**
 * "What did X decide / agree / vote / resolve …": a question about the outcome of a decision, the verb X's own (not
 * "What did X say about the ruling letting 17-year-olds vote").
 */
const ASKS_DECIDED =
  /^\s*what\s+(?:did|has|have)\s+(?:(?!\b(?:say|tell|think|write|about)\b)[^?])+?\s+(?:decide|agree|agree\s+on|vote|vote\s+on|resolve|approve|adopt|conclude|settle\s+on)\b/i

/** A decision still to come: a call or plan for one, a meeting to discuss or decide. */
const TO_COME =
  /\b(?:called\s+for|calls\s+for|requested|asked\s+for|proposed|will|would|is\s+to|are\s+to|plans?\s+to|planned|scheduled|set\s+to|expected\s+to|due\s+to|upcoming)\b|\bto\s+(?:discuss|decide|consider|debate|vote|review)\b/i

/** A decision made. */
const DECIDED =
  /\b(?:decided|agreed|voted|resolved|approved|adopted|concluded|settled|chose|opted|endorsed|rejected|ratified)\b/i

/** Whether the answering sentence tells what a "What did X decide …" question asks (true for other questions). */
export function decisionReported(question: string, text: string, sentence: Span): boolean {
  if (!ASKS_DECIDED.test(question)) return true
  const s = text.slice(sentence.start, sentence.end)
  return DECIDED.test(s) || !TO_COME.test(s)
}
