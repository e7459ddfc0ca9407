import { readFileSync } from 'node:fs';
import { hasMessage, t } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/lang.js';
import { defaultPlanSchemaFile } from '../plan-schema.js';
import { renderCommentedYaml, wrap } from './render.js';
import { buildSample } from './sample.js';
import './messages.js';

type SchemaNode = { [key: string]: unknown };

/** The keys a template writes as live YAML: exactly what the schema requires. */
const ACTIVE_KEYS: ReadonlySet<string> = new Set(['/schema_version', '/transaction', '/transaction/type', '/entity', '/entity/name']);

export interface TemplateOptions {
  event: string;
  lang: Lang;
  /** What goes after `$schema=` on the first line (a path relative to the plan, or a URL). */
  schemaRef: string;
  /** File name used in the "check" hint. */
  fileName: string;
  /** The plan schema; read from the installed package when omitted. */
  schema?: SchemaNode;
}

let shippedSchema: SchemaNode | undefined;

/** The installed plan schema as JSON (templates read descriptions and value lists from it). */
export function shippedPlanSchema(): SchemaNode {
  shippedSchema ??= JSON.parse(readFileSync(defaultPlanSchemaFile(), 'utf8')) as SchemaNode;
  return shippedSchema;
}

/** The ten event types, in schema order. */
export function eventTypes(schema: SchemaNode = shippedPlanSchema()): string[] {
  const defs = schema.$defs as Record<string, SchemaNode> | undefined;
  const values = defs?.transaction_type?.enum;
  if (!Array.isArray(values)) throw new Error('the plan schema has no $defs/transaction_type enum');
  return values.map(String);
}

/** A commented plan template for one event type, in one language; valid against the schema as written. */
export function planTemplate(options: TemplateOptions): string {
  const schema = options.schema ?? shippedPlanSchema();
  const { event, lang } = options;
  if (!eventTypes(schema).includes(event)) throw new Error(`unknown event type: ${event}`);
  const labelId = `plan.template.event.${event}`;
  const label = hasMessage(labelId) ? t(labelId, lang) : event;
  const sample = buildSample(event, lang, t('plan.template.placeholder_name', lang));
  const intro = [
    t('plan.template.title', lang, { event, label }),
    t('plan.template.how_to_1', lang),
    t('plan.template.how_to_2', lang),
    t('plan.template.how_to_3', lang),
    t('plan.template.check', lang, { file: options.fileName }),
  ].flatMap((text) => (lang === 'zh' ? [text] : wrap(text)));
  const header = [`# yaml-language-server: $schema=${options.schemaRef}`, '#', ...intro.map((text) => `# ${text}`), ''];
  const body = renderCommentedYaml(sample, { schema, lang, active: ACTIVE_KEYS, valuesLabel: t('plan.template.values', lang) });
  return `${[...header, ...body].join('\n')}\n`;
}

/** Turns every example line (`#key: ...`, `#- ...`) back into YAML; used to check that examples are valid. */
export function uncommentExamples(template: string): string {
  return template
    .split('\n')
    .map((line) => line.replace(/^(\s*)#(?=[a-z_][a-z0-9_]*:|- )/, '$1'))
    .join('\n');
}
