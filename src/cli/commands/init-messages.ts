import { defineMessages } from '../../i18n/catalog.js';

export const initMessages = defineMessages({
  'cli.init.description': {
    zh: '生成某类事件的带注释计划模板（中文或英文），可直接通过模式检查',
    en: 'write a commented plan template for one event type (Chinese or English) that passes the schema check',
  },
  'cli.init.opt_event': { zh: '事件类型：{choices}（默认 {default}）', en: 'event type: {choices} (default {default})' },
  'cli.init.opt_output': { zh: '写入此文件（原子写入）而非标准输出', en: 'write to this file (atomically) instead of standard output' },
  'cli.init.opt_force': { zh: '允许覆盖已存在的文件', en: 'allow overwriting an existing file' },
  'cli.init.opt_schema_ref': {
    zh: '第一行 $schema= 之后的内容（默认：从输出位置到内置 schemas/plan.schema.json 的相对路径）',
    en: 'what follows $schema= on the first line (default: the relative path from the output to the bundled schemas/plan.schema.json)',
  },
  'cli.init.unknown_event': {
    zh: '未知的事件类型：{event}。可选：{choices}',
    en: 'unknown event type: {event}. Choose one of: {choices}',
  },
  'cli.init.unknown_event_suggest': {
    zh: '未知的事件类型：{event}。您是否想输入 {suggestion}？可选：{choices}',
    en: 'unknown event type: {event}. Did you mean {suggestion}? Choose one of: {choices}',
  },
  'cli.init.exists': {
    zh: '{file} 已存在，未覆盖；如需覆盖请加 --force',
    en: '{file} already exists and was not overwritten; add --force to replace it',
  },
  'cli.init.is_directory': { zh: '{file} 是目录，请给出文件名', en: '{file} is a directory; give a file name' },
  'cli.init.written': { zh: '已写入 {file}（事件类型 {event}）', en: 'wrote {file} (event type {event})' },
});
