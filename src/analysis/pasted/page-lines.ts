// Lines a web page puts around its pictures and its navigation, which no article's prose has:
// a photo's credit, a gallery's counter, a breadcrumb trail, a line of tags.

/**
 * A photo's credit ending a line, alone or after its caption: "Foto: APA/Markus Trenkwalder", "…
 * in der Stiftskirche. Foto: Carinthischer Sommer/Peter Gradnitzer", "Bild: picture alliance/dpa |
 * Jonas Brüggemann", "(AP Photo/Carla Mendoza, File)", "REUTERS/Dana Whitfield/File Photo". The
 * label's credit holds the slash between agency and photographer. Bounded runs: no backtracking blow-up.
 */
const PHOTO_CREDIT =
  /(?:\b(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Photograph|Image|Images): ?[^\s/.!?:][^/.!?:]{0,40}\/[^.!?:]{1,60}|\(AP Photo\/[^()]{1,60}\)|\bREUTERS\/[^.!?]{1,60})$/u

/** A credit without the slash, alone or after its caption's full stop: "… an der Med-Uni Graz. Foto: Lukas Weinhandl". */
const NAMED_CREDIT = /(?:^|[.!?] )(?:Foto|Fotos|Bild|Photo|Photograph|Image): [^\s/.!?:][^/.!?:]{0,40}$/u

/** A gallery's counter opening a line ("Bild 1 von 9 – …", "Item 1 of 2 …"), or the whole line ("1 / 6"). */
const GALLERY_COUNTER = /^(?:(?:Bild|Foto|Image|Photo|Item) \d{1,3} (?:von|of) \d{1,3}\b|\d{1,3} ?\/ ?\d{1,3}$)/u

/** Captions are a line or two; a longer line is prose, whatever it ends with. */
const MAX_CAPTION_LINE = 250

/** "Startseite › Politik › Deutschland": short parts between single right-pointing angle quotes ("‹…›" quotes in Swiss text). */
const BREADCRUMB = /^[^›‹.!?]{1,30}(?: › [^›‹.!?]{1,30}){1,6}$/u

/** "Themen: Deutsche Bahn · Generalsanierung · Pendler", "Related Topics: Rail strikes · Aslef": a short label and tags between middle dots. */
const TAGS = /^[\p{L} ]{2,20}: [^·.!?:]{1,40}(?: · [^·.!?:]{1,40}){1,12}$/u

/**
 * "‹ Zurück 1 2 3 Weiter ›", "‹ Previous 1 2 3 4 Next ›": a page's pager, its numbers with a word
 * beside them (numbers alone are a lottery's draw).
 */
const PAGER =
  /^(?:(?:[‹«<←] ?)?(?:Zurück|Vorherige|Previous|Prev|Newer)(?: \d{1,3}){1,12}(?: (?:Weiter|Nächste|Next|Older)(?: ?[›»>→])?)?|(?:\d{1,3} ){2,12}(?:Weiter|Nächste|Next|Older)(?: ?[›»>→])?)$/u

export function isCaptionLine(line: string): boolean {
  return line.length <= MAX_CAPTION_LINE && (GALLERY_COUNTER.test(line) || PHOTO_CREDIT.test(line) || NAMED_CREDIT.test(line))
}

/** The page's navigation: a breadcrumb trail, a line of tags or a pager. */
export function isNavigation(line: string): boolean {
  return BREADCRUMB.test(line) || TAGS.test(line) || PAGER.test(line.replace(/\s+/g, ' ').trim())
}
