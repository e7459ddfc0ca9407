import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import './format-messages.js';

const cache = new Map<string, string>();

/** A parameterless message in one language, looked up once per process (formats call it per finding). */
export function label(id: string, lang: Lang): string {
  const key = `${lang}\u0000${id}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = t(id, lang);
    cache.set(key, text);
  }
  return text;
}
