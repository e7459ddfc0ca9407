import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { hasMessage } from '../../src/i18n/catalog.js';
import type { Lang } from '../../src/i18n/lang.js';
import { parsePlan } from '../../src/plan/load.js';
import { renderCommentedYaml } from '../../src/plan/templates/render.js';
import { eventTypes, planTemplate, shippedPlanSchema, uncommentExamples } from '../../src/plan/templates/template.js';
import { validatePlan } from '../../src/plan/validate.js';

const LANGS: Lang[] = ['zh', 'en'];
const CJK = /[\u4e00-\u9fff]/;

function problems(file: string, text: string): string[] {
  return validatePlan(parsePlan(file, new TextEncoder().encode(text))).map((d) => `${d.line}:${d.column} ${d.pointer} ${d.text.en}`);
}

async function run(args: string[], cwd = process.cwd(), lang = 'en_US.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'pipl-guard', ...args], {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    cwd,
    env: { LANG: lang },
  });
  return { code, stdout, stderr };
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const template = (event: string, lang: Lang) => planTemplate({ event, lang, schemaRef: '../schemas/plan.schema.json', fileName: 'plan.yaml' });

describe('plan templates', () => {
  it('cover the ten event types of the schema, each with a label in both languages', () => {
    const events = eventTypes();
    expect(events).toHaveLength(10);
    for (const event of events) expect(hasMessage(`plan.template.event.${event}`), event).toBe(true);
  });

  for (const event of eventTypes()) {
    for (const lang of LANGS) {
      it(`${event} (${lang}) is valid as written and with every example uncommented`, () => {
        const text = template(event, lang);
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
        expect(problems(`${event}.yaml`, text)).toEqual([]);
        const live = parse(text) as Record<string, unknown>;
        expect(Object.keys(live).sort()).toEqual(['entity', 'schema_version', 'transaction']);
        expect(live.transaction).toEqual({ type: event });

        const full = uncommentExamples(text);
        expect(full).not.toMatch(/^\s*#(?! |$)/m);
        expect(problems(`${event}-full.yaml`, full)).toEqual([]);
        const data = parse(full) as Record<string, unknown>;
        expect(Object.keys(data).length).toBeGreaterThan(30);
        expect((data.transaction as Record<string, unknown>).type).toBe(event);
      });
    }
  }

  it('writes descriptions in the chosen language only', () => {
    const zh = template('asset_sale', 'zh');
    const en = template('asset_sale', 'en');
    expect(zh).toContain('# 方案格式版本');
    expect(zh).toContain('可选值：');
    expect(en).toContain('# Version of the plan format');
    expect(en).toContain('# Values: ');
    expect(en).not.toContain('方案格式版本');
    // English descriptions may quote a Chinese legal term; the example values must be English.
    expect(stringsIn(parse(uncommentExamples(en))).filter((v) => CJK.test(v))).toEqual([]);
    expect(stringsIn(parse(uncommentExamples(zh))).filter((v) => CJK.test(v)).length).toBeGreaterThan(10);
  });

  it('keeps every line either blank, a "# " description, a "#key" example or live YAML', () => {
    for (const lang of LANGS) {
      for (const line of template('bankruptcy_liquidation', lang).split('\n')) {
        const hash = line.indexOf('#');
        if (hash === -1 || line.slice(0, hash).trim() !== '') continue;
        expect(line.slice(hash), line).toMatch(/^#( |$|[a-z_][a-z0-9_]*:|- )/);
      }
    }
  });

  it('shows only what matters for the event', () => {
    const share = uncommentExamples(template('share_sale', 'en'));
    const shareData = parse(share) as Record<string, unknown>;
    expect(shareData.pi_transfers).toBeUndefined();
    expect(shareData.deregistration).toBeUndefined();
    expect(shareData.due_diligence).toBeDefined();

    const asset = parse(uncommentExamples(template('asset_sale', 'en'))) as Record<string, any>;
    expect(asset.pi_transfers[0].legal_basis).toBe('pipl_23');
    expect(asset.consents.separate.mechanism).toBeDefined();

    const merger = parse(uncommentExamples(template('merger_absorption', 'en'))) as Record<string, any>;
    expect(merger.pi_transfers[0].legal_basis).toBe('pipl_22');
    expect(merger.deregistration.type).toBe('merger');
    expect(merger.consents).toBeUndefined();

    const bankruptcy = parse(uncommentExamples(template('bankruptcy_liquidation', 'zh'))) as Record<string, any>;
    expect(bankruptcy.insolvency.administrator).toBe('administrator');
    expect(bankruptcy.deregistration.type).toBe('court_ordered');
    expect(bankruptcy.cessation).toBeDefined();

    const simplified = parse(uncommentExamples(template('simplified_deregistration', 'en'))) as Record<string, any>;
    expect(simplified.pi_transfers).toBeUndefined();
    expect(simplified.deregistration.public_notice_on).toBeDefined();
  });

  it('refuses a sample key that the schema does not know (a programming error, caught here)', () => {
    expect(() => renderCommentedYaml({ colour: 'red' }, { schema: shippedPlanSchema(), lang: 'en', active: new Set(), valuesLabel: 'Values:' })).toThrow(/colour/);
    expect(() => planTemplate({ event: 'ipo', lang: 'en', schemaRef: 'x', fileName: 'x' })).toThrow(/ipo/);
  });
});

describe('pipl-guard init', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'pipl-init-'));

  it('prints a dissolution template by default, in the language of LANG', async () => {
    const en = await run(['init']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toMatch(/^# yaml-language-server: \$schema=schemas\/plan\.schema\.json\n/);
    expect((parse(en.stdout) as any).transaction.type).toBe('dissolution_liquidation');
    expect(en.stdout).toContain('# Version of the plan format');
    expect(en.stdout).not.toContain('方案格式版本');

    const zh = await run(['init', '--event', 'share_sale'], process.cwd(), 'zh_CN.UTF-8');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('股权转让');
    expect((parse(zh.stdout) as any).transaction.type).toBe('share_sale');
  });

  it('--lang overrides LANG', async () => {
    const result = await run(['init', '--event', 'division', '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# 方案格式版本');
  });

  it('writes -o FILE with a schema path relative to it, which validate accepts', async () => {
    const cwd = dir();
    mkdirSync(join(cwd, 'plans'));
    const result = await run(['init', '--event', 'merger_absorption', '-o', 'plans/merger.yaml'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('plans/merger.yaml');
    const text = readFileSync(join(cwd, 'plans', 'merger.yaml'), 'utf8');
    const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)![1]!;
    expect(ref).toMatch(/schemas\/plan\.schema\.json$/);
    expect(JSON.parse(readFileSync(join(cwd, 'plans', ref), 'utf8')).$id).toBe(shippedPlanSchema().$id);
    const check = await run(['validate', join(cwd, 'plans', 'merger.yaml')]);
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', async () => {
    const cwd = dir();
    const file = join(cwd, 'plan.yaml');
    writeFileSync(file, 'keep me\n');
    const refused = await run(['init', '-o', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('[cli.init.exists]');
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('已存在');
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');

    const forced = await run(['init', '-o', file, '--force', '--event', 'asset_sale']);
    expect(forced.code).toBe(0);
    expect((parse(readFileSync(file, 'utf8')) as any).transaction.type).toBe('asset_sale');
  });

  it('rejects an unknown event in both languages, listing the choices', async () => {
    const result = await run(['init', '--event', 'bankrupcy_liquidation']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[cli.init.unknown_event_suggest]');
    expect(result.stderr).toContain('Did you mean bankruptcy_liquidation?');
    expect(result.stderr).toContain('未知的事件类型');
    for (const event of eventTypes()) expect(result.stderr).toContain(event);

    const far = await run(['init', '--event', 'ipo']);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('[cli.init.unknown_event]');
    expect(far.stderr).not.toContain('Did you mean');
  });

  it('reports an unwritable target or a directory as a user error, not a crash', async () => {
    const cwd = dir();
    const missing = await run(['init', '-o', join(cwd, 'no', 'such', 'dir', 'plan.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[cli.write_failed]');
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const directory = await run(['init', '-o', cwd, '--force']);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('[cli.init.is_directory]');
  });

  it('uses --schema-ref verbatim', async () => {
    const result = await run(['init', '--schema-ref', 'https://example.com/plan.schema.json']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.com/plan.schema.json');
  });
});
