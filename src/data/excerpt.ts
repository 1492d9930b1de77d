/** The first `words` words of a text, with an ellipsis when cut. */
export function excerpt(text: string, words = 24): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
