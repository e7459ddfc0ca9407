const INLINE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
};

/**
 * Makes any text safe to embed inline in Markdown (GitHub-flavoured, which also reads HTML): HTML is
 * escaped, characters with inline Markdown meaning get a backslash, line breaks become spaces (so a
 * table cell or list item cannot be broken out of), a leading block marker (`#`, `-`, `1.`) is
 * neutralised, and `@` becomes an entity so plan text cannot mention people.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[&<>@\\`*_[\]|~]/g, (c) => INLINE[c]!)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** An inline code span that holds any text: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
