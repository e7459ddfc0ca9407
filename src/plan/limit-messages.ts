import { defineMessages } from '../i18n/catalog.js';

export const limitMessages = defineMessages({
  'plan.not_regular_file': {
    zh: '{file} 不是普通文件（是设备、管道或套接字），无法作为计划读取',
    en: '{file} is not a regular file (a device, pipe or socket) and cannot be read as a plan',
  },
  'plan.needs_more_memory': {
    zh: '加载这个 {size} 字节的计划约需 {needed_mb} MB 内存，超过了 Node 堆中尚余的 {free_mb} MB（上限 {heap_mb} MB）：请设置 NODE_OPTIONS=--max-old-space-size={suggested_mb} 后重试，或拆分计划',
    en: 'loading this {size}-byte plan needs about {needed_mb} MB of memory, more than the {free_mb} MB still free in Node’s heap (limit {heap_mb} MB): run with NODE_OPTIONS=--max-old-space-size={suggested_mb}, or split the plan',
  },
});
