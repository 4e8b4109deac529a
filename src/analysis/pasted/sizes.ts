// How long pasted material is: a teaser line, a footer, a post. Longer blocks are the article.

export const MAX_PASTED = 600
export const MAX_EMBED = 1200
export const MAX_HOOK = 250
// A post is at most 280 characters and its link; a longer block with a post's media link is
// prose with a post pasted into it (see inline-posts.ts).
export const MAX_POST = 300
// A share bar's buttons and a hook line over a promotion are one short line.
export const MAX_BUTTON_ROW = 120
export const MAX_HOOK_LINE = 80
// A block of the page's labels, one to a line ("Artikel anhören ⏎ 00:00 / 04:37"): a few short lines.
export const MAX_LABEL_LINES = 6
export const MAX_LABEL_LINE = 60
// Blanks and quote marks that open a line of a quoted paragraph: a few.
export const MAX_INDENT = 40
