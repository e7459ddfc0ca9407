/**
 * Builtins that would reach the network: http.send, providers.aws.sign_req and DNS lookups in
 * net.lookup_ip_addr. pipl-guard evaluates policies in a sandbox, so they fail with a clear,
 * bilingual BuiltinError (`SandboxBuiltinError` carries both texts). net.lookup_ip_addr still
 * answers for IP literals and for `localhost` (RFC 6761 loopback), which need no lookup.
 */
import { BuiltinError, registerBuiltin } from './registry.js';
import { type Value, ObjectValue, SetValue, isNumber, typeName } from '../values.js';
import { message } from '../../i18n/catalog.js';
import type { LocalizedText } from '../../i18n/lang.js';
import { BUILTIN_MESSAGES } from './messages.js';
import { objectArg, stringArg, typeErrorText } from './lib/args.js';
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

/** A Rego set literal of names, as OPA prints them in these messages: `{"a", "b"}`. */
function nameSet(names: string[]): string {
  return `{${[...names].sort().map((n) => JSON.stringify(n)).join(', ')}}`;
}

const HTTP_SEND_KEYS = new Set([
  'method', 'url', 'body', 'raw_body', 'headers', 'enable_redirect', 'force_json_decode', 'force_yaml_decode',
  'tls_use_system_certs', 'tls_ca_cert', 'tls_ca_cert_file', 'tls_ca_cert_env_variable', 'tls_client_cert',
  'tls_client_cert_file', 'tls_client_cert_env_variable', 'tls_client_key', 'tls_client_key_file',
  'tls_client_key_env_variable', 'tls_insecure_skip_verify', 'tls_server_name', 'timeout', 'cache', 'force_cache',
  'force_cache_duration_seconds', 'raise_error', 'caching_mode', 'max_retry_attempts', 'cache_ignored_headers',
]);

function refuse(builtin: string): never {
  throw new SandboxBuiltinError(BUILTIN_MESSAGES['rego.builtins.network_disabled'], { builtin });
}

/** Checks required keys of an object operand the way OPA words it; returns the object. */
function requireKeys(args: Value[], index: number, required: string[], what: string): ObjectValue {
  const o = objectArg(args, index);
  const missing = required.filter((k) => !o.has(k));
  if (missing.length > 0) throw typeErrorText(`operand ${index + 1} missing required ${what} parameters(s): ${nameSet(missing)}`);
  const invalid = required.filter((k) => typeof o.get(k) !== 'string');
  if (invalid.length > 0) throw typeErrorText(`operand ${index + 1} invalid values for required ${what} parameters(s): ${nameSet(invalid)}`);
  return o;
}

// http.send: the request is checked like OPA does (so mistakes are reported as such), then refused.
registerBuiltin(
  'http.send',
  (args) => {
    const req = objectArg(args, 0);
    const invalid = req.keys().filter((k) => typeof k !== 'string' || !HTTP_SEND_KEYS.has(k));
    if (invalid.length > 0) throw typeErrorText(`invalid request parameters(s): ${nameSet(invalid.map((k) => (typeof k === 'string' ? k : String(k))))}`);
    const missing = ['method', 'url'].filter((k) => !req.has(k));
    if (missing.length > 0) throw typeErrorText(`missing required request parameters(s): ${nameSet(missing)}`);
    return refuse('http.send');
  },
  { arity: 1, nondeterministic: true },
);

// providers.aws.sign_req: arguments are checked like OPA does, then the call is refused.
registerBuiltin(
  'providers.aws.sign_req',
  (args) => {
    requireKeys(args, 0, ['method', 'url'], 'request');
    const config = requireKeys(args, 1, ['aws_access_key', 'aws_secret_access_key', 'aws_service', 'aws_region'], 'AWS config');
    const disable = config.get('disable_payload_signing');
    if (disable !== undefined && typeof disable !== 'boolean') throw typeErrorText("operand 2 invalid value for 'disable_payload_signing' in AWS config");
    const time = args[2]!;
    if (!isNumber(time)) throw typeErrorText(`operand 3 must be number but got ${typeName(time)}`);
    if ((typeof time === 'bigint' ? time : BigInt(Math.trunc(time))) < 0n) throw typeErrorText('operand 3 could not convert time_ns value into a unix timestamp');
    return refuse('providers.aws.sign_req');
  },
  { arity: 3, nondeterministic: true },
);

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
