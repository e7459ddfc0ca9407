/**
 * Messages of the builtin families (zh + en). The evaluator prefixes a builtin error with the
 * builtin's name (`http.send: ...`), so the texts do not repeat it.
 */
import { defineMessages } from '../../i18n/catalog.js';

export const BUILTIN_MESSAGES = defineMessages({
  'rego.builtins.network_disabled': {
    zh: 'pipl-guard 的沙箱禁止访问网络，策略不能调用 {builtin}',
    en: "network access is disabled in pipl-guard's sandbox; policies cannot call {builtin}",
  },
  'rego.builtins.dns_disabled': {
    zh: 'pipl-guard 的沙箱禁止访问网络，无法解析主机名 {host}（只接受 IP 地址字面量）',
    en: "network access is disabled in pipl-guard's sandbox; cannot resolve host {host} (only IP address literals are accepted)",
  },
});
