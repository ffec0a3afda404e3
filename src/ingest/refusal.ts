/**
 * Why a link or page could not be added, in words for the person who asked: never a stack trace or a server path.
 * Every refusal means nothing was written.
 */

export type RefusalKind =
  /** Not an http(s) link, or not a link at all. */
  | 'bad-link'
  /** The host resolves to a private, loopback, link-local or otherwise special address that is not allowed. */
  | 'address'
  /** The host name does not resolve, or the connection failed. */
  | 'unreachable'
  | 'timeout'
  | 'not-found'
  /** Any other HTTP status that is not a page (403, 500, …). */
  | 'http-error'
  | 'redirects'
  /** Not an HTML page (a PDF, an image, JSON, …). */
  | 'not-html'
  | 'too-large'
  /** An HTML page without article text (a paywall, a page built by scripts, an index page). */
  | 'no-article'
  | 'no-title'
  /** The page gives no publication date: the person must supply one. */
  | 'no-date'
  /** A saved page that cannot be read. */
  | 'unreadable-file'
  /** The corpus folder cannot be written. */
  | 'write-failed'

export class IngestRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message)
    this.name = 'IngestRefusal'
  }
}

export const isRefusal = (error: unknown): error is IngestRefusal => error instanceof IngestRefusal

/** Refusals after which pasting the text by hand is the way forward (the page exists, its text could not be had). */
export const PASTE_INSTEAD: ReadonlySet<RefusalKind> = new Set(['no-article', 'http-error', 'timeout', 'no-title'])
