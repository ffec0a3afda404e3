/**
 * The postings of the index's common terms, copied out of MiniSearch into typed arrays the first time a question
 * uses them, for the first pass of a pruned query (see `StoryIndex.query`): walking twenty thousand postings
 * inside MiniSearch costs a callback and several map look-ups each; here it is a loop over numbers.
 *
 * Kept in step with the index: a paragraph added is appended to the lists of its terms that are held, a removed
 * paragraph is only marked dead (its ordinal is never reused) and skipped, and the lists are dropped once dead
 * entries are a quarter of them; a paragraph whose speakers change drops the lists of those speakers' terms.
 */

/** Which field of a paragraph a posting is in. */
export const TEXT = 0
export const SPEAKERS = 1

/** One term's postings: the paragraph's ordinal, how often it uses the term, the field's length, and the field. */
export class Postings {
  ord: Int32Array
  tf: Uint16Array
  len: Uint16Array
  field: Uint8Array
  size = 0

  constructor(capacity = 16) {
    this.ord = new Int32Array(capacity)
    this.tf = new Uint16Array(capacity)
    this.len = new Uint16Array(capacity)
    this.field = new Uint8Array(capacity)
  }

  push(ord: number, tf: number, len: number, field: number): void {
    if (this.size === this.ord.length) this.grow(this.size * 2)
    const i = this.size++
    this.ord[i] = ord
    this.tf[i] = Math.min(tf, 0xffff)
    this.len[i] = Math.min(len, 0xffff)
    this.field[i] = field
  }

  /** Gives back the unused capacity (after a list is first filled). */
  trim(): this {
    if (this.ord.length > this.size) this.grow(this.size)
    return this
  }

  private grow(capacity: number): void {
    const n = Math.max(capacity, 16)
    const ord = new Int32Array(n)
    const tf = new Uint16Array(n)
    const len = new Uint16Array(n)
    const field = new Uint8Array(n)
    ord.set(this.ord.subarray(0, this.size))
    tf.set(this.tf.subarray(0, this.size))
    len.set(this.len.subarray(0, this.size))
    field.set(this.field.subarray(0, this.size))
    Object.assign(this, { ord, tf, len, field })
  }
}

/** What a paragraph holds, for appending it to the lists held: each field's term counts and length. */
export type ParagraphTerms = {
  ord: number
  text: ReadonlyMap<string, number>
  len: number
  speakers: ReadonlyMap<string, number>
  slen: number
}

export class PostingLists {
  private readonly lists = new Map<string, Postings>()
  /** 1 for the ordinals of paragraphs in the index. */
  private alive = new Uint8Array(1024)
  /** Entries in the lists held, and how many of them are of removed paragraphs. */
  private entries = 0
  private dead = 0

  get(term: string): Postings | undefined {
    return this.lists.get(term)
  }

  set(term: string, postings: Postings): void {
    this.forget([term])
    this.lists.set(term, postings.trim())
    this.entries += postings.size
  }

  isAlive(ord: number): boolean {
    return this.alive[ord] === 1
  }

  /** A paragraph added to the index: alive, and appended to the lists of its terms that are held. */
  added(p: ParagraphTerms): void {
    if (p.ord >= this.alive.length) {
      const alive = new Uint8Array(Math.max(p.ord + 1, this.alive.length * 2))
      alive.set(this.alive)
      this.alive = alive
    }
    this.alive[p.ord] = 1
    if (this.lists.size === 0) return
    for (const [term, tf] of p.text) this.append(term, p.ord, tf, p.len, TEXT)
    for (const [term, tf] of p.speakers) this.append(term, p.ord, tf, p.slen, SPEAKERS)
  }

  /** A paragraph removed from the index, with its terms; the lists are dropped once a quarter of them is dead. */
  removed(ord: number, terms: Iterable<string>): void {
    this.alive[ord] = 0
    if (this.lists.size === 0) return
    for (const term of terms) if (this.lists.has(term)) this.dead++
    if (this.dead * 4 > this.entries) this.clear()
  }

  /** Drops the lists of these terms (a paragraph's speakers changed): they are copied again when next used. */
  forget(terms: Iterable<string>): void {
    for (const term of terms) {
      const list = this.lists.get(term)
      if (!list) continue
      this.entries -= list.size
      this.lists.delete(term)
    }
  }

  clear(): void {
    this.lists.clear()
    this.entries = 0
    this.dead = 0
  }

  private append(term: string, ord: number, tf: number, len: number, field: number): void {
    const list = this.lists.get(term)
    if (!list) return
    list.push(ord, tf, len, field)
    this.entries++
  }
}
