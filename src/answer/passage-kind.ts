/**
 * Text around a news story that is not the story: photo captions and credits, bylines, and the dateline a wire
 * story opens with ("SHARJAH — ", "NAIROBI, Kenya (AP) — "). None of it can stand as an answer or inside one.
 */

/** A photo credit: "(Photo: Jane Doe/Reuters)", "Photograph: …", "… / THE CANADIAN PRESS", "(Getty Images)". */
const CREDIT =
  /\((?:photo|photograph|image|file photo|credit|pictured)\b[^)]*\)|\b(?:photo|photograph|image)s?\s*(?:by|credit)?\s*:|\/\s*(?:the canadian press|the associated press|ap|reuters|afp|getty images|bloomberg)\b|\((?:getty images|ap photo|reuters photo|afp photo)\)/i
/** An agency's credit in capitals, as captions write it: "… THE CANADIAN PRESS/Sean Kilpatrick". */
const CREDIT_CAPS = /\b(?:THE CANADIAN PRESS|THE ASSOCIATED PRESS|ASSOCIATED PRESS)\b/
/**
 * The credit of the photo before, left at the head of the next caption: "The Canadian Press Thunder Bay Police badge
 * is seen during …" (an agency's name then a capitalised word, where the story would go on with a verb: "The
 * Canadian Press reported").
 */
const CREDIT_LEFT = /^(?:The Canadian Press|The Associated Press|Associated Press|Getty Images)\s+\p{Lu}/u

/**
 * A byline or a credit line: "By Jane Doe", "— With files from Reuters", "Story continues below advertisement"; a link to
 * another story or a video ("READ MORE: …", "WATCH BELOW: …"), which only describes it.
 */
const BYLINE =
  /^(?:By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s+\p{Lu}[^.]*)?|[-—–]*\s*[Ww]ith files from\b.*|Story continues below(?: advertisement)?|Advertisement|ADVERTISEMENT|Related:.*|Read more:.*|READ MORE:.*|(?:WATCH|Watch)(?: (?:BELOW|ABOVE|below|above))?:.*)$/u

const CAPTION_WORDS = 60

/** A credit in brackets after a caption's full stop: "… a view of the yard. ( Studio Schicketanz )". */
const GALLERY_CREDIT = /[.!?]\s*\(\s*\p{Lu}[^()]{0,40}\)/gu

/** Whether a paragraph is a caption, a credit or a byline rather than part of the story. */
export function isFurniture(text: string): boolean {
  const t = text.trim()
  if (BYLINE.test(t)) return true
  // a photo gallery: caption after caption, each with its credit in brackets ("… the side yard. ( Studio X )")
  if ((t.match(GALLERY_CREDIT) ?? []).length >= 2) return true
  // a caption is a sentence or two with a credit; a long paragraph that names an agency is the story
  return (CREDIT.test(t) || CREDIT_CAPS.test(t) || CREDIT_LEFT.test(t)) && t.split(/\s+/).length <= CAPTION_WORDS
}

/** A dateline: a place in capitals (maybe with a region and an agency), then a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,40}(?:,\s*[\p{L}.\s]{2,30})?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--|-)\s+/u

/** Where the text starts once a leading dateline is left out (0 when there is none). */
export function afterDateline(text: string): number {
  const m = DATELINE.exec(text)
  return m ? m[0].length : 0
}
