/**
 * Builtins that would reach the network: http.send, providers.aws.sign_req and DNS lookups in
 * net.lookup_ip_addr. pipl-guard evaluates policies in a sandbox, so they fail with a clear,
 * bilingual BuiltinError (`SandboxBuiltinError` carries both texts). net.lookup_ip_addr still
 * answers for IP literals and for `localhost` (RFC 6761 loopback), which need no lookup.
 */
import { BuiltinError, registerBuiltin } from './registry.js';
import { SetValue } from '../values.js';
import { message } from '../../i18n/catalog.js';
import type { LocalizedText } from '../../i18n/lang.js';
import { BUILTIN_MESSAGES } from './messages.js';
import { stringArg } from './lib/args.js';
import { formatIp, parseIp } from './lib/ip-address.js';

/** A builtin error whose text exists in Chinese and English (the message is the English text). */
export class SandboxBuiltinError extends BuiltinError {
  readonly text: LocalizedText;
  constructor(
    readonly messageId: string,
    params: Record<string, unknown>,
  ) {
    const text = message(messageId, params);
    super('eval_builtin_error', text.en);
    this.text = text;
  }
}

for (const [name, arity] of [
  ['http.send', 1],
  ['providers.aws.sign_req', 3],
] as const) {
  registerBuiltin(
    name,
    () => {
      throw new SandboxBuiltinError(BUILTIN_MESSAGES['rego.builtins.network_disabled'], { builtin: name });
    },
    { arity, nondeterministic: true },
  );
}

registerBuiltin(
  'net.lookup_ip_addr',
  (args) => {
    const host = stringArg(args, 0);
    const ip = parseIp(host);
    if (ip) return SetValue.from([ip.family === 4 && host.includes(':') ? host : formatIp(ip.family, ip.value)]);
    // RFC 6761: "localhost" always means the loopback addresses; no lookup is needed.
    if (host.toLowerCase() === 'localhost' || host.toLowerCase().endsWith('.localhost')) return SetValue.from(['127.0.0.1', '::1']);
    throw new SandboxBuiltinError(BUILTIN_MESSAGES['rego.builtins.dns_disabled'], { builtin: 'net.lookup_ip_addr', host });
  },
  { arity: 1, nondeterministic: true },
);
