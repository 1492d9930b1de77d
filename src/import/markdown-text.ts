/**
 * Escapes one paragraph of page text so markdown shows it exactly as written: nothing becomes
 * emphasis, a link, raw HTML, a heading, a list or a quote block. Characters that cannot start
 * markup are left alone, so the file stays as close to the page as possible.
 */
export function escapeParagraph(text: string): string {
  return escapeInline(text)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^-(?=-{2,}\s*$)/, '\\-')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^\[(?=[^\]]*\]:)/, '\\[');
}

function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    // GFM's bare-URL links would take the escapes below into the link as backslashes; a URL still links, from the text as shown.
    .replace(/(https?):(?=\/\/)/gi, '$1\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/[*_`~]/g, '\\$&')
    // A bracketed aside ("[German Chancellor Olaf]") is text; only `](` and `][` can make a link.
    .replace(/\](?=[([])/g, '\\]')
    // `<` starts HTML or an autolink only before a letter, `/`, `!` or `?`.
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][A-Za-z\d]*;)/g, '\\&');
}
