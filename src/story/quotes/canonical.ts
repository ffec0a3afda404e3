/** One name per speaker across articles: "Araghchi" = "Abbas Araghchi" = "Iran's foreign minister". */
import type { Quote, Speaker } from '../types.js'
import { SpeakerDirectory, type SpeakerUse } from './speaker-directory.js'

/** For each name as found, the one name it is merged into; and every speaker once, sorted by name. */
export type SpeakerMerge = { names: ReadonlyMap<string, string>; speakers: Speaker[] }

/** Merges speaker names across articles (see `SpeakerDirectory` for the rules). */
export function mergeSpeakers(found: Iterable<SpeakerUse>): SpeakerMerge {
  const directory = new SpeakerDirectory()
  directory.change(found)
  return { names: directory.names, speakers: directory.speakers }
}

/** How often each (speaker, role) pair is quoted, times `sign` (-1: to take the quotes away again). */
export function tallySpeakers(quotes: readonly Quote[], sign: 1 | -1 = 1): SpeakerUse[] {
  const uses = new Map<string, SpeakerUse>()
  for (const q of quotes) {
    if (!q.speaker) continue
    const key = q.role === null ? `${q.speaker}\u0000` : `${q.speaker}\u0000\u0001${q.role}`
    const use = uses.get(key)
    if (use) use.count += sign
    else uses.set(key, { speaker: q.speaker, role: q.role, count: sign })
  }
  return [...uses.values()]
}

/** A quote under its merged name (the same object when the name does not change). */
export const renamed = (q: Quote, names: ReadonlyMap<string, string>): Quote => {
  const name = q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker)
  return name === q.speaker ? q : { ...q, speaker: name }
}

/** Merges speaker names across articles and lists every speaker once. */
export function canonicalizeSpeakers(quotes: Quote[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { names, speakers } = mergeSpeakers(tallySpeakers(quotes))
  return { quotes: quotes.map((q) => renamed(q, names)), speakers }
}
