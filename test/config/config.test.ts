import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/config-file.js';
import { loadProfile, resolveProfile, shippedProfileNames } from '../../src/config/profile.js';
import { selectRules } from '../../src/config/rule-selection.js';
import { resolveSettings } from '../../src/config/settings.js';
import { makeRule } from '../reports/helpers/factory.js';
import { tempTree, userErrorsOf } from './helpers.js';

describe('findConfig', () => {
  it('walks up from the plan folder to the nearest config, preferring .yaml', () => {
    const dir = tempTree({ '.pipl-guard.yaml': 'fail_on: low\n', 'a/.pipl-guard.yml': 'fail_on: medium\n', 'a/b/c/plan.yaml': 'x: 1\n', 'x/plan.yaml': 'x: 1\n' });
    expect(findConfig(join(dir, 'a/b/c'))).toBe(join(dir, 'a/.pipl-guard.yml'));
    expect(findConfig(join(dir, 'x'))).toBe(join(dir, '.pipl-guard.yaml'));
  });

  it('finds nothing when no folder up to the root has one', () => {
    const dir = tempTree({ 'p/plan.yaml': 'x: 1\n' });
    const found = findConfig(join(dir, 'p'));
    // A config above the temporary folder would be picked up by design; the test machine has none.
    expect(found === undefined || !found.startsWith(dir)).toBe(true);
  });
});

describe('loadConfig', () => {
  it('reads every key and resolves paths against the config file', () => {
    const dir = tempTree({
      'proj/.pipl-guard.yaml': [
        'profile: due-diligence',
        'policies: [../org-policies]',
        'rules:',
        '  ENC-REST-002: off',
        '  TRANSFER-BASIS-001: medium',
        'fail_on: medium',
        'lang: zh',
        'waivers: gov/waivers.yaml',
        'baseline: ci/baseline.json',
        '',
      ].join('\n'),
    });
    const config = loadConfig(join(dir, 'proj/.pipl-guard.yaml'));
    expect(config.policies).toEqual([join(dir, 'org-policies')]);
    expect(config.waivers).toEqual([join(dir, 'proj/gov/waivers.yaml')]);
    expect(config.baseline).toBe(join(dir, 'proj/ci/baseline.json'));
    expect(config.rules['ENC-REST-002']).toEqual({ setting: 'off', origin: { file: join(dir, 'proj/.pipl-guard.yaml'), line: 4, column: 3 } });
    expect(config.rules['TRANSFER-BASIS-001']!.setting).toBe('medium');
    expect(config).toMatchObject({ fail_on: 'medium', lang: 'zh', profile: { value: 'due-diligence', baseDir: join(dir, 'proj') } });
  });

  it('merges an extends chain: the extending file wins, rules merge, lists accumulate', () => {
    const dir = tempTree({
      'base.yaml': 'fail_on: low\nlang: en\nrules:\n  A-1: off\n  B-2: high\npolicies: [p1]\nwaivers: [w1.yaml]\n',
      'team/.pipl-guard.yaml': 'extends: ../base.yaml\nfail_on: critical\nrules:\n  B-2: low\npolicies: [p2]\nwaivers: w2.yaml\n',
    });
    const config = loadConfig(join(dir, 'team/.pipl-guard.yaml'));
    expect(config.files).toEqual([join(dir, 'base.yaml'), join(dir, 'team/.pipl-guard.yaml')]);
    expect(config.fail_on).toBe('critical');
    expect(config.lang).toBe('en');
    expect(Object.fromEntries(Object.entries(config.rules).map(([k, v]) => [k, v.setting]))).toEqual({ 'A-1': 'off', 'B-2': 'low' });
    expect(config.policies).toEqual([join(dir, 'p1'), join(dir, 'team/p2')]);
    expect(config.waivers).toEqual([join(dir, 'w1.yaml'), join(dir, 'team/w2.yaml')]);
  });

  it('detects extends cycles, including a file extending itself', () => {
    const dir = tempTree({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', 'self.yaml': 'extends: self.yaml\n' });
    const [cycle] = userErrorsOf(() => loadConfig(join(dir, 'a.yaml')));
    expect(cycle!.id).toBe('config.extends_cycle');
    expect(cycle!.en).toBe(`extends forms a cycle: ${join(dir, 'a.yaml')} -> ${join(dir, 'b.yaml')} -> ${join(dir, 'a.yaml')}`);
    expect(userErrorsOf(() => loadConfig(join(dir, 'self.yaml')))[0]!.id).toBe('config.extends_cycle');
  });

  it('reports a missing extended file at the extends line', () => {
    const dir = tempTree({ 'c.yaml': 'lang: en\nextends: nope.yaml\n' });
    expect(userErrorsOf(() => loadConfig(join(dir, 'c.yaml')))).toEqual([
      expect.objectContaining({ id: 'config.extends_not_found', line: 2, column: 1, en: `the config file named by extends does not exist: ${join(dir, 'nope.yaml')}` }),
    ]);
  });

  it.each([
    ['an unknown key', 'fail_on: high\nfailon: low\n', 2, 'unknown field `failon`'],
    ['a bad fail_on', 'fail_on: severe\n', 1, 'severe'],
    ['a bad rule setting', 'rules:\n  A-1: disabled\n', 2, 'disabled'],
    ['a bad rule id', 'rules:\n  "a b": off\n', 2, undefined],
    ['a bad lang', 'lang: fr\n', 1, 'fr'],
    ['a list where a path belongs', 'baseline: [a, b]\n', 1, undefined],
    ['a number for waivers', 'waivers: 3\n', 1, undefined],
  ])('rejects %s with file, line and column in both languages', (_name, text, line, english) => {
    const dir = tempTree({ '.pipl-guard.yaml': text });
    const errors = userErrorsOf(() => loadConfig(join(dir, '.pipl-guard.yaml')));
    expect(errors[0]).toMatchObject({ file: join(dir, '.pipl-guard.yaml'), line });
    expect(errors[0]!.column).toBeGreaterThan(0);
    if (english) expect(errors.map((e) => e.en).join('\n')).toContain(english);
    expect(errors[0]!.zh).not.toBe(errors[0]!.en);
  });

  it('accepts an empty or comment-only config, and rejects YAML syntax errors and non-mappings', () => {
    const dir = tempTree({ 'empty.yaml': '# nothing yet\n', 'bad.yaml': 'rules: [\n', 'list.yaml': '- a\n' });
    expect(loadConfig(join(dir, 'empty.yaml')).rules).toEqual({});
    expect(userErrorsOf(() => loadConfig(join(dir, 'bad.yaml')))[0]).toMatchObject({ id: expect.stringMatching(/^plan\./) });
    expect(userErrorsOf(() => loadConfig(join(dir, 'list.yaml')))[0]!.id).toBe('plan.top_not_mapping');
    expect(userErrorsOf(() => loadConfig(join(dir, 'missing.yaml')))[0]!.en).toContain('config file not found');
  });
});

describe('profiles', () => {
  it('ships liquidation, periodic and due-diligence, each valid', () => {
    expect(shippedProfileNames()).toEqual(['due-diligence', 'liquidation', 'periodic']);
    const profiles = shippedProfileNames().map((name) => resolveProfile(name, '/'));
    expect(profiles.map((p) => [p.name, p.fail_on, p.evidence_requests])).toEqual([
      ['due-diligence', 'never', true],
      ['liquidation', 'high', false],
      ['periodic', 'critical', false],
    ]);
  });

  it('loads a profile by path and rejects unknown names and bad profiles', () => {
    const dir = tempTree({
      'mine.yaml': 'name: mine\ndescription: {zh: 我的, en: mine}\ninclude:\n  categories: [encryption]\n',
      'bad.yaml': 'name: bad\ndescription: {zh: x, en: y}\ninclude:\n  categories: [encryptoin]\n',
    });
    expect(resolveProfile('./mine.yaml', dir).include).toEqual({ categories: ['encryption'] });
    expect(resolveProfile('mine.yaml', dir).name).toBe('mine');
    const [unknown] = userErrorsOf(() => resolveProfile('liquidaton', dir));
    expect(unknown!.en).toBe('unknown profile "liquidaton"; shipped profiles: due-diligence, liquidation, periodic (or give the path of a profile file)');
    const [bad] = userErrorsOf(() => loadProfile(join(dir, 'bad.yaml')));
    expect(bad).toMatchObject({ line: 4 });
    expect(bad!.en).toContain('encryptoin');
  });
});

describe('selectRules (precedence: config > profile > rule default)', () => {
  const rules = [
    makeRule('ENC-REST-002', { category: 'encryption', severity: 'medium' }),
    makeRule('TRAIN-STAFF-001', { category: 'training', severity: 'low' }),
    makeRule('TRANSFER-BASIS-001', { category: 'transfer-handover', severity: 'critical' }),
  ];
  const files = {
    'p.yaml': [
      'name: p',
      'description: {zh: 测试, en: test}',
      'include:',
      '  severities: [critical, medium]',
      '  ids: [TRAIN-STAFF-001]',
      'exclude:',
      '  categories: [encryption]',
      'severity:',
      '  TRANSFER-BASIS-001: high',
      '',
    ].join('\n'),
    'cfg.yaml': 'rules:\n  ENC-REST-002: low\n  TRAIN-STAFF-001: off\n',
    'typo.yaml': 'rules:\n  TRANSFER-BASIS-01: off\n',
    'typo-profile.yaml': 'name: t\ndescription: {zh: 测试, en: test}\nseverity:\n  NOPE: high\n',
  };
  let dir = '';
  let profile: ReturnType<typeof loadProfile>;
  beforeEach(() => {
    dir = tempTree(files);
    profile = loadProfile(join(dir, 'p.yaml'));
  });

  it('runs every rule at its default without profile or config', () => {
    expect(selectRules(rules, undefined, { files: [], policies: [], rules: {}, waivers: [] })).toEqual({ ruleSettings: {} });
    expect(selectRules(rules, undefined, loadConfig(join(dir, 'cfg.yaml')))).toEqual({
      ruleSettings: { 'ENC-REST-002': 'low', 'TRAIN-STAFF-001': 'off' },
    });
  });

  it('applies the profile: include by severity or id, exclude by category, severity overrides', () => {
    const selection = selectRules(rules, profile, { files: [], policies: [], rules: {}, waivers: [] });
    expect(selection).toEqual({ onlyRules: ['TRAIN-STAFF-001', 'TRANSFER-BASIS-001'], ruleSettings: { 'TRANSFER-BASIS-001': 'high' } });
  });

  it('lets the config turn a rule off or bring back a rule the profile excluded', () => {
    const selection = selectRules(rules, profile, loadConfig(join(dir, 'cfg.yaml')));
    expect(selection.onlyRules).toEqual(['ENC-REST-002', 'TRAIN-STAFF-001', 'TRANSFER-BASIS-001']);
    expect(selection.ruleSettings).toEqual({ 'ENC-REST-002': 'low', 'TRAIN-STAFF-001': 'off', 'TRANSFER-BASIS-001': 'high' });
  });

  it('rejects unknown rule ids at their line, with a suggestion', () => {
    const [typo] = userErrorsOf(() => selectRules(rules, undefined, loadConfig(join(dir, 'typo.yaml'))));
    expect(typo).toMatchObject({ id: 'config.unknown_rule', line: 2, column: 3 });
    expect(typo!.en).toContain('did you mean TRANSFER-BASIS-001?');
    const [inProfile] = userErrorsOf(() => selectRules(rules, loadProfile(join(dir, 'typo-profile.yaml')), { files: [], policies: [], rules: {}, waivers: [] }));
    expect(inProfile).toMatchObject({ line: 4, file: join(dir, 'typo-profile.yaml') });
  });
});

describe('resolveSettings (CLI > config > profile > default)', () => {
  it('uses the nearest config, its profile and the profile fail_on', () => {
    const dir = tempTree({ 'repo/.pipl-guard.yaml': 'profile: due-diligence\nwaivers: w.yaml\n', 'repo/plans/p.yaml': 'x: 1\n' });
    const settings = resolveSettings({}, { plans: ['repo/plans/p.yaml'], cwd: dir });
    expect(settings.config.files).toEqual([join(dir, 'repo/.pipl-guard.yaml')]);
    expect(settings.profile!.name).toBe('due-diligence');
    expect(settings.failOn).toBe('never');
    expect(settings.evidenceRequests).toBe(true);
    expect(settings.waiverFiles).toEqual([join(dir, 'repo/w.yaml')]);
  });

  it('lets flags win: --config, --profile, --fail-on, --waivers, --baseline, --lang; policies accumulate', () => {
    const dir = tempTree({
      '.pipl-guard.yaml': 'profile: periodic\nfail_on: medium\nlang: zh\nwaivers: w.yaml\nbaseline: b.json\npolicies: [cfgpol]\n',
      'other.yaml': 'fail_on: low\n',
    });
    const fromConfig = resolveSettings({}, { plans: ['p.yaml'], cwd: dir });
    expect(fromConfig).toMatchObject({ failOn: 'medium', lang: 'zh', baselineFile: join(dir, 'b.json') });
    const flags = resolveSettings(
      { profile: 'liquidation', failOn: 'critical', waivers: ['x.yaml'], baseline: 'y.json', lang: 'en', policies: ['clipol'] },
      { plans: ['p.yaml'], cwd: dir },
    );
    expect(flags).toMatchObject({ failOn: 'critical', lang: 'en', waiverFiles: [join(dir, 'x.yaml')], baselineFile: join(dir, 'y.json') });
    expect(flags.profile!.name).toBe('liquidation');
    expect(flags.policyDirs).toEqual([join(dir, 'cfgpol'), join(dir, 'clipol')]);
    expect(resolveSettings({ config: 'other.yaml' }, { plans: ['p.yaml'], cwd: dir }).failOn).toBe('low');
    expect(resolveSettings({ profile: 'liquidation' }, { plans: [], cwd: tempTree() }).failOn).toBe('high');
  });
});
