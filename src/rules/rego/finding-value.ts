import { UserError } from '../../errors/user-error.js';
import type { LocalizedText } from '../../i18n/lang.js';
import type { RawHit } from '../types.js';
import './messages.js';

/** One element of a `deny` set as plain JSON, checked: `{rule_id, pointer, params?, message_id?}`. */
export interface DenyResult {
  rule_id: string;
  pointer: string;
  params: Record<string, unknown>;
  message_id?: string;
}

const KEYS = new Set(['rule_id', 'pointer', 'params', 'message_id']);

/** Checks one deny result; a malformed one is the policy author's mistake (UserError at the package's first file). */
export function readDenyResult(value: unknown, packageName: string, file: string): DenyResult {
  const bad = (zh: string, en: string): never => {
    throw new UserError('rego_policy.bad_finding', { package: packageName, value: short(value), detail_zh: zh, detail_en: en }, { file });
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad('结果必须是对象', 'a result must be an object');
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!KEYS.has(key)) bad(`未知的键 ${key}`, `unknown key ${key}`);
  if (typeof obj.rule_id !== 'string') bad('缺少字符串 rule_id', 'rule_id must be a string');
  if (typeof obj.pointer !== 'string' || (obj.pointer !== '' && !obj.pointer.startsWith('/'))) {
    bad('pointer 必须是 JSON Pointer（"" 或以 / 开头）', 'pointer must be a JSON Pointer ("" or starting with /)');
  }
  if (obj.params !== undefined && (obj.params === null || typeof obj.params !== 'object' || Array.isArray(obj.params))) bad('params 必须是对象', 'params must be an object');
  if (obj.message_id !== undefined && typeof obj.message_id !== 'string') bad('message_id 必须是字符串', 'message_id must be a string');
  return {
    rule_id: obj.rule_id as string,
    pointer: obj.pointer as string,
    params: plainNumbers((obj.params as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>,
    ...(obj.message_id === undefined ? {} : { message_id: obj.message_id as string }),
  };
}

/** A deny result as a raw hit of its rule (the message picked by `message_id`, if any). */
export function toRawHit(result: DenyResult, message: LocalizedText | undefined): RawHit {
  return { pointer: result.pointer, params: result.params, ...(message ? { message } : {}) };
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** Rego integers arrive as bigint; within the safe range they become plain numbers. */
function plainNumbers(value: unknown): unknown {
  if (typeof value === 'bigint') return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainNumbers(v)]));
  return value;
}
