import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', '--lang', 'en', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rego-eval-'));
  writeFileSync(join(dir, 'p.rego'), 'package t\n\nallow if input.user == "bob"\n\nlevels contains l if some l in data.cfg.levels\n\nnow := time.now_ns()\n');
  writeFileSync(join(dir, 'cfg.yaml'), 'cfg:\n  levels: [high, low]\n');
  writeFileSync(join(dir, 'input.json'), '{"user": "bob"}');
  writeFileSync(join(dir, 'bad.rego'), 'package t\n\np {\n\ttrue\n}\n');
  return dir;
}

describe('pipl-guard rego eval', () => {
  it('prints results in the JSON shape of opa eval', async () => {
    const dir = fixture();
    const r = await cli('rego', 'eval', '-d', join(dir, 'p.rego'), '-d', join(dir, 'cfg.yaml'), '-i', join(dir, 'input.json'), 'data.t.allow; x := data.t.levels');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      result: [
        {
          expressions: [
            { value: true, text: 'data.t.allow', location: { row: 1, col: 1 } },
            { value: true, text: 'x := data.t.levels', location: { row: 1, col: 15 } },
          ],
          bindings: { x: ['high', 'low'] },
        },
      ],
    });
  });

  it('omits result when the query is undefined', async () => {
    const dir = fixture();
    const r = await cli('rego', 'eval', '-d', join(dir, 'p.rego'), 'data.t.allow');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({});
  });

  it('uses --now for time.now_ns', async () => {
    const dir = fixture();
    const r = await cli('rego', 'eval', '-d', join(dir, 'p.rego'), '--now', '2026-01-31T00:00:00Z', 'data.t.now');
    expect(JSON.parse(r.stdout).result[0].expressions[0].value).toBe(1769817600000000000);
  });

  it('reports policy, query and usage mistakes bilingually with exit code 2', async () => {
    const dir = fixture();
    const bad = await cli('rego', 'eval', '-d', dir, 'data.t');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'bad.rego')}:3:3`);
    expect(bad.stderr).toContain('`if` keyword is required');
    expect(bad.stderr).toContain('必须写 if');
    const query = await cli('rego', 'eval', 'x :=');
    expect(query.code).toBe(2);
    const now = await cli('rego', 'eval', '--now', 'yesterday', 'true');
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('rego.bad_now');
    const missing = await cli('rego', 'eval', '-d', join(dir, 'nope.rego'), 'true');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('rego.load_not_found');
  });
});

describe('pipl-guard rego eval: data files', () => {
  it('rejects data files whose top level is not an object, and conflicting data files', async () => {
    const dir = fixture();
    writeFileSync(join(dir, 'list.json'), '[1, 2]');
    const list = await cli('rego', 'eval', '-d', join(dir, 'list.json'), 'true');
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('rego.load_data_not_object');
    expect(list.stderr).toContain('顶层必须是对象');
    writeFileSync(join(dir, 'a.json'), '{"cfg": {"levels": 1}}');
    const clash = await cli('rego', 'eval', '-d', join(dir, 'cfg.yaml'), '-d', join(dir, 'a.json'), 'true');
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('rego.load_data_conflict');
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const txt = await cli('rego', 'eval', '-d', join(dir, 'notes.txt'), 'true');
    expect(txt.stderr).toContain('rego.load_unsupported');
  });
});

describe('pipl-guard rego eval: folders', () => {
  it('places data files of subfolders at their folder path, like opa eval -d', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rego-eval-dir-'));
    mkdirSync(join(dir, 'cfg', 'retention'), { recursive: true });
    writeFileSync(join(dir, 'top.json'), '{"version": 1}');
    writeFileSync(join(dir, 'cfg', 'retention', 'limits.yaml'), 'health: 365\n');
    writeFileSync(join(dir, 'cfg', 'p.rego'), 'package cfg\n\nlimit := data.cfg.retention.health\n');
    const r = await cli('rego', 'eval', '-d', dir, 'x := data.cfg.limit; v := data.version');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).result[0].bindings).toEqual({ v: 1, x: 365 });
  });
});
