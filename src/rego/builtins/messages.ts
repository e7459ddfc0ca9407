/** Messages of the builtin families (zh + en). */
import { defineMessages } from '../../i18n/catalog.js';

export const BUILTIN_MESSAGES = defineMessages({
  'rego.builtins.network_disabled': {
    zh: '{builtin}：pipl-guard 的沙箱禁止访问网络，策略不能调用此内置函数',
    en: "{builtin}: network access is disabled in pipl-guard's sandbox",
  },
  'rego.builtins.dns_disabled': {
    zh: '{builtin}：pipl-guard 的沙箱禁止访问网络，无法解析主机名 {host}（只接受 IP 地址字面量）',
    en: "{builtin}: network access is disabled in pipl-guard's sandbox; cannot resolve host {host} (only IP address literals are accepted)",
  },
});
