/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Makes text inert in Markdown (GitHub-flavoured, which also reads raw HTML): HTML-escaped,
 * Markdown punctuation backslash-escaped, line breaks flattened so a table cell cannot be left.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~^@:]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=>])/, (_m, space: string, c: string) => `${space}\\${c}`)
    .replace(/^(\s*\d+)([.)])/, (_m, digits: string, c: string) => `${digits}\\${c}`);
}

/** A fenced code block that no line of `text` can close: the fence is longer than any backtick run. */
export function markdownCodeBlock(text: string, info = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}
