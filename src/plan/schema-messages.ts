import { defineMessages } from '../i18n/catalog.js';

/** Problems with the schema file itself (the shipped one, or one given with --schema). */
export const schemaFileMessages = defineMessages({
  'plan.schema_file.unreadable': { zh: '无法读取模式文件 {file}：{reason}', en: 'cannot read the schema file {file}: {reason}' },
  'plan.schema_file.not_json': { zh: '模式文件 {file} 不是有效的 JSON：{detail}', en: 'the schema file {file} is not valid JSON: {detail}' },
  'plan.schema_file.not_schema': {
    zh: '模式文件 {file} 不是有效的 JSON Schema 2020-12：{detail}',
    en: 'the schema file {file} is not a valid JSON Schema 2020-12: {detail}',
  },
});
