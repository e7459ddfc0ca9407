import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/version.js';
import { HostBuiltins } from '../../src/rules/bundle/host-builtins.js';
import { readBundle, readTar } from '../../src/rules/bundle/read-bundle.js';
import { UserError } from '../../src/errors/user-error.js';
import { cli } from './helpers.js';

const EXAMPLE = join(packageRoot(), 'examples', 'share-sale.json');
/** The 8-byte header of a wasm module with no sections: valid wasm, but no OPA policy. */
const EMPTY_WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function tarGz(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-bundle-'));
  const src = join(dir, 'src');
  const names: string[] = [];
  execFileSync('mkdir', ['-p', src]);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(src, name), content);
    names.push(name);
  }
  const out = join(dir, 'bundle.tar.gz');
  create({ gzip: true, file: out, cwd: src, sync: true, portable: true }, names);
  return out;
}

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('lint --bundle: reading bundles', () => {
  it('reads the manifest, the wasm modules it names and data.json from a .tar.gz', () => {
    const manifest = { revision: 'r1', wasm: [{ entrypoint: 'pipl/cross_border/deny', module: '/policy.wasm', annotations: [{ scope: 'rule' }] }] };
    const bundle = readBundle(tarGz({ '.manifest': JSON.stringify(manifest), 'policy.wasm': EMPTY_WASM, 'data.json': '{"a": 1}' }));
    expect(bundle.wasm).toHaveLength(1);
    expect(bundle.wasm[0]!.module).toBe('/policy.wasm');
    expect([...bundle.wasm[0]!.bytes]).toEqual([...EMPTY_WASM]);
    expect(bundle.wasm[0]!.resolvers).toEqual([{ entrypoint: 'pipl/cross_border/deny', annotations: [{ scope: 'rule' }] }]);
    expect(bundle.data).toEqual({ a: 1 });
  });

  it('takes policy.wasm when the manifest lists no module, and a bare .wasm file', () => {
    expect(readBundle(tarGz({ 'policy.wasm': EMPTY_WASM })).wasm.map((w) => w.module)).toEqual(['/policy.wasm']);
    const dir = mkdtempSync(join(tmpdir(), 'pipl-wasm-'));
    writeFileSync(join(dir, 'policy.wasm'), EMPTY_WASM);
    expect(readBundle(join(dir, 'policy.wasm')).wasm).toHaveLength(1);
  });

  it('honours pax path records for long names', () => {
    const header = (name: string, size: number, type: string) => {
      const block = new Uint8Array(512);
      block.set(new TextEncoder().encode(name));
      block.set(new TextEncoder().encode(size.toString(8).padStart(11, '0')), 124);
      block[156] = type.charCodeAt(0);
      return block;
    };
    const pax = new TextEncoder().encode('30 path=deep/folder/policy.wasm\n');
    const padded = (bytes: Uint8Array) => {
      const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
      out.set(bytes);
      return out;
    };
    const archive = new Uint8Array([...header('PaxHeader', pax.length, 'x'), ...padded(pax), ...header('short', 8, '0'), ...padded(EMPTY_WASM), ...new Uint8Array(1024)]);
    expect([...readTar(archive, 'x.tar').keys()]).toEqual(['deep/folder/policy.wasm']);
  });

  const bad: [string, () => string, string][] = [
    ['a text file', () => tarGzOr('plain.txt', 'not a bundle'), 'bundle.not_a_bundle'],
    ['a damaged gzip stream', () => tarGzOr('bad.tar.gz', Uint8Array.from([0x1f, 0x8b, 1, 2, 3])), 'bundle.bad_archive'],
    ['a bundle without wasm', () => tarGz({ 'data.json': '{}' }), 'bundle.no_wasm'],
    ['a manifest that is not JSON', () => tarGz({ '.manifest': '{', 'policy.wasm': EMPTY_WASM }), 'bundle.bad_manifest'],
    ['a manifest naming a missing module', () => tarGz({ '.manifest': '{"wasm": [{"entrypoint": "pipl/training/deny", "module": "/other.wasm"}]}' }), 'bundle.bad_manifest'],
    ['a bad data.json', () => tarGz({ 'policy.wasm': EMPTY_WASM, 'data.json': '[' }), 'bundle.bad_data'],
    ['a missing file', () => join(tmpdir(), 'no-such-bundle.tar.gz'), 'bundle.unreadable'],
  ];
  for (const [name, make, id] of bad) {
    it(`refuses ${name}`, () => {
      const error = errorOf(() => readBundle(make()));
      expect(error.messageId).toBe(id);
      expect(error.text.zh).not.toBe(error.text.en);
    });
  }

  it('reports a wasm module that is no OPA policy as a bilingual error with exit 2', async () => {
    const r = await cli('lint', EXAMPLE, '--bundle', tarGz({ 'policy.wasm': EMPTY_WASM }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bundle.bad_wasm');
    expect(r.stderr).toContain('bundle.tar.gz');
  });

  it('reports a file that is no bundle with exit 2', async () => {
    const r = await cli('lint', EXAMPLE, '--bundle', EXAMPLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bundle.not_a_bundle');
  });
});

describe('lint --bundle: host builtins', () => {
  it('answers the builtins wasm leaves to the host with the embedded engine, time.now_ns from the lint date', () => {
    const host = new HostBuiltins();
    host.nowNs = 1_780_272_000_000_000_000n;
    expect(host.table['time.now_ns']!()).toBe(1_780_272_000_000_000_000);
    expect(host.table['time.format']!([1_780_272_000_000_000_000, 'UTC', '2006-01-02'])).toBe('2026-06-01');
    expect(host.table['sprintf']!('/%s', ['a'])).toBe('/a');
    expect(host.table['no.such.builtin']).toBeUndefined();
  });
});

const opa = spawnSync('opa', ['version'], { encoding: 'utf8' });
const hasOpa = opa.status === 0;
if (!hasOpa) console.log('skipping the opa build comparison: no `opa` binary on PATH (it cannot be downloaded here; a compiled bundle is never faked)');

describe.skipIf(!hasOpa)('lint --bundle: the pack compiled by opa build -t wasm', () => {
  it('yields exactly the embedded engine findings on every example', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pipl-opa-')), 'bundle.tar.gz');
    const entrypoints = ['pipl/cross_border/deny', 'pipl/retention_destruction/deny', 'pipl/impact_assessment/deny'];
    const regoFiles = execFileSync('find', [join(packageRoot(), 'policies', 'pipl'), '-name', '*.rego', '!', '-name', '*_test.rego'], { encoding: 'utf8' }).trim().split('\n');
    execFileSync('opa', ['build', '-t', 'wasm', ...entrypoints.flatMap((e) => ['-e', e]), '-o', out, ...regoFiles]);
    for (const example of ['s1-ecommerce-bankruptcy.yaml', 'compliant-merger.yaml']) {
      const plan = join(packageRoot(), 'examples', example);
      const embedded = await cli('lint', plan, '--format', 'json', '--now', '2026-06-01');
      const bundled = await cli('lint', plan, '--format', 'json', '--now', '2026-06-01', '--bundle', out);
      expect(JSON.parse(bundled.stdout).findings).toEqual(JSON.parse(embedded.stdout).findings);
    }
  });
});

function tarGzOr(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipl-notbundle-'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}
