/** Languages every user-facing string exists in. */
export type Lang = 'zh' | 'en';

/** A text in both languages. Every user-facing string in pipl-guard is one of these. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** `--lang` wins; otherwise LANG (or LC_ALL / LC_MESSAGES) starting with `zh` means Chinese. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** Replaces `{name}` placeholders with parameter values; unknown placeholders stay visible. */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name]) : whole,
  );
}

function formatParam(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(formatParam).join(', ');
  return JSON.stringify(value);
}

/** Picks one language of a localized text. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** Fills placeholders in both languages at once. */
export function localize(text: LocalizedText, params: Record<string, unknown> = {}): LocalizedText {
  return { zh: interpolate(text.zh, params), en: interpolate(text.en, params) };
}
