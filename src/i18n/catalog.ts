import { type Lang, type LocalizedText, interpolate } from './lang.js';

/**
 * The message catalogue: message id -> Chinese and English template with `{param}` placeholders.
 * Each concern registers its own messages (see `defineMessages`) so that one file does not become
 * everybody's merge conflict; ids are namespaced by concern (`plan.*`, `cli.*`, `rules.*`, ...).
 */
const catalog = new Map<string, LocalizedText>();

export function defineMessages<const T extends Record<string, LocalizedText>>(messages: T): { [K in keyof T]: K } {
  const ids = {} as { [K in keyof T]: K };
  for (const [id, text] of Object.entries(messages)) {
    const existing = catalog.get(id);
    if (existing && (existing.zh !== text.zh || existing.en !== text.en)) {
      throw new Error(`message id defined twice with different texts: ${id}`);
    }
    catalog.set(id, text);
    (ids as Record<string, string>)[id] = id;
  }
  return ids;
}

export function hasMessage(id: string): boolean {
  return catalog.has(id);
}

/** Renders a message in both languages. Unknown ids are a programming error. */
export function message(id: string, params: Record<string, unknown> = {}): LocalizedText {
  const text = catalog.get(id);
  if (!text) throw new Error(`unknown message id: ${id}`);
  return { zh: interpolate(text.zh, params), en: interpolate(text.en, params) };
}

export function t(id: string, lang: Lang, params: Record<string, unknown> = {}): string {
  return message(id, params)[lang];
}

/** Every registered id, for tests that check catalogue completeness. */
export function allMessageIds(): string[] {
  return [...catalog.keys()].sort();
}
