/**
 * The few DOM members the extractor uses, as types (the project compiles without the browser's DOM library), and
 * the one place a page's HTML becomes a document: linkedom builds the tree and never runs the page's scripts.
 */
import { parseHTML } from 'linkedom'

export type DomNode = {
  nodeType: number
  textContent: string | null
  parentElement: DomElement | null
  childNodes: ArrayLike<DomNode>
}

export type DomElement = DomNode & {
  tagName: string
  children: ArrayLike<DomElement>
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  closest(selector: string): DomElement | null
  remove(): void
  replaceWith(...nodes: (DomNode | string)[]): void
}

export type DomDocument = {
  documentElement: DomElement
  body: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

/** Parses HTML into a document. Scripts are inert text: linkedom has no script engine. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document
}

/** Text as a reader sees it: every run of white space (line breaks, no-break spaces) one space, trimmed. */
export const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()
