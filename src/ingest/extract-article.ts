/**
 * The article's text from a page, as blocks in reading order: paragraphs verbatim (white space as a reader sees
 * it) and subheadings. First the parts of a page that are never article text are removed (navigation, header and
 * footer, asides, figures and their captions, forms and buttons, embedded frames, and elements marked as
 * advertisements, share buttons, related links or newsletter prompts); then Mozilla's Readability finds the article
 * body; then its paragraphs, list items and subheadings are read in order, leaving out what is mostly links
 * ("Read more: …") and ad labels.
 */
import { Readability } from '@mozilla/readability'
import { collapse, type DomDocument, type DomElement, type DomNode, ELEMENT_NODE } from './dom.js'
import { cleanByline } from './page-metadata.js'

export type ArticleBlock = { kind: 'paragraph' | 'heading'; text: string }

/** Elements that never hold article text. */
const NEVER_TEXT = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'dialog',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',')

/** Class or id words that mark page furniture (each word of `share-bar`, `ad_slot`, … is looked at). */
const FURNITURE = new Set(
  (
    'ad ads adslot advert adverts advertisement advertising dfp sponsor sponsored promo promotion newsletter ' +
    'signup subscribe subscription share sharing sharebar social related recommended recirculation outbrain ' +
    'taboola breadcrumb breadcrumbs caption credit comments comment byline tags topics'
  ).split(' '),
)

const BLOCK_TAGS = new Set(['p', 'li', 'pre', 'dd', 'dt'])
const CONTAINERS = /^(div|section|article|main|blockquote|ul|ol|dl|li|span|center|font|details|summary)$/

/** A paragraph that is only a label where an advertisement or a prompt stood. */
const LABEL =
  /^(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading|read more|share( this (article|story))?|related( stories| articles)?:?)$/i

/** A paragraph that points elsewhere: "Read more: <link>", "Related: <link>", "See also – <link>". */
const LINK_PROMPT = /^(read more|read also|also read|related|see also|more on this|watch|listen)\b\s*[:|–—-]/i

const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE

const furnitureWords = (el: DomElement): string[] =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)

const paragraphText = (el: DomElement): number =>
  Array.from(el.querySelectorAll('p'), (p) => collapse(p.textContent).length).reduce((a, b) => a + b, 0)

/** Removes what is never article text; an element marked as furniture stays if it holds most of the page's text. */
export function removeFurniture(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(NEVER_TEXT))) el.remove()
  const total = doc.body ? paragraphText(doc.body) : 0
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (el.tagName.toLowerCase() === 'body' || el.tagName.toLowerCase() === 'html') continue
    if (!furnitureWords(el).some((w) => FURNITURE.has(w))) continue
    if (total > 0 && paragraphText(el) > total / 2) continue
    el.remove()
  }
}

/** Share of an element's text that sits in links. */
function linkDensity(el: DomElement, length: number): number {
  if (length === 0) return 0
  const linked = Array.from(el.querySelectorAll('a'), (a) => collapse(a.textContent).length).reduce((a, b) => a + b, 0)
  return linked / length
}

/** The blocks of Readability's article body, in order. */
function readBlocks(root: DomElement, title: string | null): ArticleBlock[] {
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith(' ')
  const blocks: ArticleBlock[] = []
  const titleKey = collapse(title).toLowerCase()
  const visit = (el: DomElement) => {
    for (const child of Array.from(el.childNodes)) {
      if (!isElement(child)) continue
      const tag = child.tagName.toLowerCase()
      if (/^h[1-6]$/.test(tag)) {
        const text = collapse(child.textContent)
        if (text && text.toLowerCase() !== titleKey) blocks.push({ kind: 'heading', text })
        continue
      }
      const holdsBlocks = child.querySelector('p, li, h2, h3, h4, h5, h6, div, blockquote') !== null
      if (BLOCK_TAGS.has(tag) && !holdsBlocks) {
        const text = collapse(child.textContent)
        if (!text || LABEL.test(text) || text.toLowerCase() === titleKey) continue
        if (linkDensity(child, text.length) > 0.8) continue // a list of related links
        if (LINK_PROMPT.test(text) && child.querySelector('a')) continue // 'Read more: <link>'
        blocks.push({ kind: 'paragraph', text })
        continue
      }
      if (CONTAINERS.test(tag) || holdsBlocks) {
        if (tag === 'blockquote' && !holdsBlocks) {
          const text = collapse(child.textContent)
          if (text) blocks.push({ kind: 'paragraph', text })
        } else visit(child)
      }
    }
  }
  visit(root)
  // a subheading with no paragraph after it heads nothing
  return blocks.filter((b, i) => b.kind === 'paragraph' || blocks[i + 1]?.kind === 'paragraph')
}

export type Extracted = { blocks: ArticleBlock[]; byline: string | null; title: string | null }

/** The article in `doc` (which is changed: read the page's metadata first). */
export function extractArticle(doc: DomDocument, title: string | null): Extracted {
  removeFurniture(doc)
  const result = new Readability<DomElement>(doc, { serializer: (node) => node as unknown as DomElement }).parse()
  const root = result?.content
  return {
    blocks: root ? readBlocks(root, title ?? result?.title ?? null) : [],
    byline: cleanByline(result?.byline),
    title: collapse(result?.title) || null,
  }
}
