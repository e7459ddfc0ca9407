// Small builders for the plan schema. Every builder takes the English and the Chinese description
// last, so that no property can be written without both.

export const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';

/** Adds the English `description`, the Chinese `x-description-zh` and a bilingual hover text. */
export function describe(schema, en, zh) {
  if (!en || !zh) throw new Error(`missing description for ${JSON.stringify(schema).slice(0, 80)}`);
  return { ...schema, description: en, 'x-description-zh': zh, markdownDescription: `${en}\n\n${zh}` };
}

export const str = (en, zh, extra = {}) => describe({ type: 'string', minLength: 1, ...extra }, en, zh);
export const int = (en, zh, extra = {}) => describe({ type: 'integer', minimum: 0, ...extra }, en, zh);
export const num = (en, zh, extra = {}) => describe({ type: 'number', minimum: 0, ...extra }, en, zh);
export const bool = (en, zh) => describe({ type: 'boolean' }, en, zh);
export const date = (en, zh) => describe({ type: 'string', format: 'date' }, en, zh);
/** A fraction between 0 and 1 (0.95 means 95 %). */
export const fraction = (en, zh) =>
  describe({ type: 'number', minimum: 0, maximum: 1 }, `${en} A fraction from 0 to 1 (0.95 = 95 %).`, `${zh}（0 到 1 之间的小数，0.95 即 95%）`);
export const uscc = (en, zh) => describe({ type: 'string', format: 'uscc' }, en, zh);
export const country = (en, zh) =>
  describe({ type: 'string', pattern: '^[A-Z]{2}$' }, `${en} ISO 3166-1 alpha-2 code; mainland China is CN (HK, MO and TW are outside the mainland for cross-border rules).`, `${zh}（ISO 3166-1 两位字母代码；中国大陆为 CN，香港、澳门、台湾在数据出境规则中属境外）`);
export const ref = (path, en, zh) => describe({ $ref: `#/$defs/${path}` }, en, zh);

/**
 * A closed set of values. `values` maps each value to [English, Chinese] explanations, which are
 * appended to the descriptions so that every value is documented where editors show it.
 */
export function enumOf(values, en, zh) {
  const entries = Object.entries(values);
  if (entries.length === 0) throw new Error('empty enum');
  const enList = entries.map(([v, [e]]) => `\`${v}\`: ${e}`).join('; ');
  const zhList = entries.map(([v, [, z]]) => `\`${v}\`：${z}`).join('；');
  const schema = describe({ type: 'string', enum: entries.map(([v]) => v) }, `${en} Values: ${enList}.`, `${zh} 取值：${zhList}。`);
  // Editors show these per value in completion lists, and the bullet list on hover.
  schema.markdownEnumDescriptions = entries.map(([, [e, z]]) => `${e}｜${z}`);
  schema.markdownDescription = `${en}\n\n${zh}\n\n${entries.map(([v, [e, z]]) => `- \`${v}\`: ${e}｜${z}`).join('\n')}`;
  return schema;
}

/** An array; `unique` rejects duplicates. */
export function arr(items, en, zh, { minItems, unique = false } = {}) {
  const schema = { type: 'array', items };
  if (minItems !== undefined) schema.minItems = minItems;
  if (unique) schema.uniqueItems = true;
  return describe(schema, en, zh);
}

/** A closed object: unknown keys are rejected. */
export function obj(properties, en, zh, { required, minProperties } = {}) {
  const schema = { type: 'object', additionalProperties: false, properties };
  if (required && required.length > 0) schema.required = required;
  if (minProperties !== undefined) schema.minProperties = minProperties;
  return describe(schema, en, zh);
}

/** A property that defines an identifier of `kind` (dataset, party, system, ...). */
export const idOf = (kind, en, zh) => describe({ type: 'string', pattern: ID_PATTERN, 'x-pipl-id': kind }, en, zh);

/** A property that refers to an identifier of `kind` defined elsewhere in the plan. */
export const refTo = (kind, en, zh) => describe({ type: 'string', pattern: ID_PATTERN, 'x-pipl-ref': kind }, en, zh);

/** A list of references to identifiers of `kind`; every entry is checked. */
export const refsTo = (kind, en, zh) =>
  describe({ type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true, 'x-pipl-ref': kind }, en, zh);

/** A list of non-empty strings. */
export const strs = (en, zh) => describe({ type: 'array', items: { type: 'string', minLength: 1 } }, en, zh);
