/**
 * Malformed input must never crash a builtin: every call either returns a value (or undefined)
 * or throws a BuiltinError with an OPA error code. Inputs are generated from a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/rego/builtins/strings.js';
import '../../../src/rego/builtins/regex.js';
import '../../../src/rego/builtins/glob.js';
import '../../../src/rego/builtins/encoding.js';
import '../../../src/rego/builtins/json.js';
import '../../../src/rego/builtins/time.js';
import '../../../src/rego/builtins/units.js';
import '../../../src/rego/builtins/net.js';
import '../../../src/rego/builtins/semver.js';
import '../../../src/rego/builtins/jwt.js';
import '../../../src/rego/builtins/crypto.js';
import '../../../src/rego/builtins/graphql.js';
import '../../../src/rego/builtins/uuid.js';
import '../../../src/rego/builtins/bits.js';
import '../../../src/rego/builtins/graph.js';
import '../../../src/rego/builtins/rand.js';
import '../../../src/rego/builtins/sandboxed.js';
import { BuiltinError, builtinNames, getBuiltin } from '../../../src/rego/builtins/registry.js';
import { type Value, fromJSON, obj, set } from '../../../src/rego/values.js';
import { callValue } from './helpers.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = 'ab01.:/-_*?[]{}()|\\^$+,!@#%&"\' \n\t{}<>=~`é中😀';

function randomText(rand: () => number, max = 24): string {
  const len = Math.floor(rand() * max);
  let out = '';
  for (let i = 0; i < len; i++) out += Array.from(ALPHABET)[Math.floor(rand() * Array.from(ALPHABET).length)];
  return out;
}

/** Mutates a valid sample by deleting, duplicating or replacing a few characters. */
function mutate(rand: () => number, sample: string): string {
  const chars = Array.from(sample);
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits && chars.length > 0; e++) {
    const at = Math.floor(rand() * chars.length);
    const kind = rand();
    if (kind < 0.33) chars.splice(at, 1);
    else if (kind < 0.66) chars.splice(at, 0, chars[at]!);
    else chars[at] = Array.from(ALPHABET)[Math.floor(rand() * Array.from(ALPHABET).length)]!;
  }
  return chars.join('');
}

function survives(name: string, args: Value[]): void {
  try {
    callValue(name, args);
  } catch (e) {
    if (!(e instanceof BuiltinError)) throw new Error(`${name}(${JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}) crashed: ${(e as Error).stack}`);
    expect(['eval_type_error', 'eval_builtin_error']).toContain(e.code);
  }
}

const SAMPLES: Record<string, string[]> = {
  regex: ['^[a-z]+\\[[0-9]+\\]$', '(?i)(a|b)+c{2,3}', '\\pL+\\d*', '(?P<x>[[:alpha:]]+)\\.\\z'],
  glob: ['*.github.com', '{cat,bat,[fr]at}', 'a/**/b', '[!a-c]at'],
  graphqlQuery: ['query Q($a: Int = 1) { f(x: $a) @include(if: true) { ... on T { g } ...F } } fragment F on T { h }'],
  graphqlSchema: ['type Query { f(x: Int): T } type T { g: String h: [Int!]! } enum E { A B } union U = T input I { a: Int = 3 }'],
  layout: ['2006-01-02T15:04:05Z07:00', 'Mon Jan _2 15:04:05 MST 2006', '02 Jan 06 15:04 -0700'],
  value: ['2017-06-02T19:00:00-07:00', 'Fri Jun  2 19:00:00 PDT 2017', '02 Jun 17 19:00 -0700'],
  units: ['1.5Gi', '500m', '2.5e3K', '10KiB'],
  json: ['{"a": [1, 2.5, {"b": null}], "c": "\\u00e9"}'],
  yaml: ['a: [1, 2]\nb:\n  - c: yes\n    d: "x"\n'],
  template: ['{{range $i, $v := .xs}}{{if $i}},{{end}}{{$v}}{{end}} {{.a.b}}'],
  sprintf: ['%-5s|%05.1f|%x|%v|%q|%+d|%*d|%.2e|%T'],
  jwt: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY'],
};

describe('builtins survive malformed input', () => {
  const rand = prng(4242);
  const variants = (key: string, n: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(i % 3 === 0 ? randomText(rand) : mutate(rand, SAMPLES[key]![i % SAMPLES[key]!.length]!));
    return out;
  };

  it('regular expressions and globs', () => {
    for (const p of variants('regex', 300)) {
      survives('regex.match', [p, 'abc[12] xyz']);
      survives('regex.replace', ['abc abc', p, '$1-${x}']);
      survives('regex.find_all_string_submatch_n', [p, 'a1 b2 c3', -1]);
      survives('regex.split', [p, 'a.b.c']);
      survives('regex.globs_match', [p, 'a*b']);
    }
    for (const g of variants('glob', 300)) survives('glob.match', [g, ['.'], 'api.github.com']);
  });

  it('GraphQL documents', () => {
    for (const q of variants('graphqlQuery', 200)) {
      survives('graphql.parse_query', [q]);
      survives('graphql.is_valid', [q, SAMPLES.graphqlSchema![0]!]);
    }
    for (const s of variants('graphqlSchema', 200)) {
      survives('graphql.parse_schema', [s]);
      survives('graphql.schema_is_valid', [s]);
    }
  });

  it('times, units, encodings and templates', () => {
    for (const [i, l] of variants('layout', 200).entries()) {
      survives('time.parse_ns', [l, SAMPLES.value![i % 3]!]);
      survives('time.parse_ns', [SAMPLES.layout![i % 3]!, mutate(rand, SAMPLES.value![i % 3]!)]);
      survives('time.format', [[1670006453141828752n, 'UTC', l]]);
      survives('time.parse_duration_ns', [mutate(rand, '1h2m3.5s')]);
    }
    for (const u of variants('units', 200)) {
      survives('units.parse', [u]);
      survives('units.parse_bytes', [u]);
    }
    for (const j of variants('json', 200)) {
      survives('json.unmarshal', [j]);
      survives('json.is_valid', [j]);
    }
    for (const y of variants('yaml', 200)) survives('yaml.unmarshal', [y]);
    for (const t of variants('template', 200)) survives('strings.render_template', [t, fromJSON({ xs: [1, 2], a: { b: 'c' } })]);
    for (const f of variants('sprintf', 200)) survives('sprintf', [f, [1, 'two', 3.5, [4], null, true]]);
    for (const text of variants('json', 100)) {
      survives('base64.decode', [text]);
      survives('base64url.decode', [text]);
      survives('hex.decode', [text]);
      survives('urlquery.decode', [text]);
      survives('urlquery.decode_object', [text]);
      survives('semver.compare', [text, '1.0.0']);
      survives('net.cidr_merge', [[text, '10.0.0.0/8']]);
      survives('net.cidr_contains', [text, '10.0.0.1']);
      survives('uuid.parse', [text]);
      survives('crypto.x509.parse_certificates', [text]);
      survives('crypto.x509.parse_certificate_request', [text]);
      survives('crypto.parse_private_keys', [text]);
    }
  });

  it('tokens and JSON documents', () => {
    for (const tok of variants('jwt', 300)) {
      survives('io.jwt.decode', [tok]);
      survives('io.jwt.decode_verify', [tok, fromJSON({ secret: 'secret' })]);
      survives('io.jwt.verify_rs256', [tok, '{"kty":"RSA","n":"AQAB","e":"AQAB"}']);
    }
    const doc = fromJSON({ a: [1, { b: 2 }], c: { d: null } });
    for (let i = 0; i < 300; i++) {
      const path = randomText(rand, 8);
      const op = ['add', 'remove', 'replace', 'move', 'copy', 'test', 'bogus'][i % 7]!;
      survives('json.patch', [doc, fromJSON([{ op, path, from: randomText(rand, 6), value: i }])]);
      survives('json.filter', [doc, fromJSON([path])]);
      survives('json.remove', [doc, fromJSON([path])]);
    }
  });

  it('every family builtin rejects arguments of the wrong types cleanly', () => {
    const samples: Value[] = [null, true, 0, -1, 1.5, 2n ** 70n, '', 'x', '1.0.0', [], ['a', 1], obj([['k', 'v']]), obj([[1, null]]), set(['a']), set()];
    let calls = 0;
    for (const name of builtinNames()) {
      const arity = getBuiltin(name)!.arity ?? 1;
      for (let k = 0; k < 40; k++) {
        const args = Array.from({ length: arity }, () => samples[Math.floor(rand() * samples.length)]!);
        survives(name, args);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(4000);
  });
});

