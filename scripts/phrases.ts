/** Dictionary phrases for the generator scripts. */

/** Upper case, diacritics removed, whitespace joined with `_`; parenthesised parts dropped. */
export function toPhrase(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[\u2019\u2018]/g, "'")
    .trim()
    .replace(/\s+/g, '_')
    .toUpperCase();
}
