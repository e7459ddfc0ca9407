import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub } from '../../src/reports/formats/github.js';
import { makeFinding, makeRun, richRun } from './helpers/factory.js';

describe('github workflow commands', () => {
  const lines = renderGithub(richRun(), { lang: 'en', color: false }).trimEnd().split('\n');

  it('emits one annotation per finding, severity mapped to error/warning/notice', () => {
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^::error file=plans\/a\.yaml,line=4,col=3,title=TRANSFER-BASIS-001 \[critical\]%3A Transfer lacks a legal basis::the transfer names no legal basis%0ALegal basis: PIPL Art\. 22 \[V\]%0A/);
    expect(lines[1]).toMatch(/^::notice file=plans\/a\.yaml,line=9,col=3,title=NOTIFY-TRANSFER-001 \[high\] \(waived\)%3A /);
    expect(lines[2]).toMatch(/^::notice .*\(baselined\)/);
    const medium = renderGithub(makeRun({ findings: [makeFinding({ severity: 'medium' }), makeFinding({ severity: 'low', pointer: '/b' })] }), { lang: 'en', color: false });
    expect(medium.split('\n').map((l) => l.split(' ')[0])).toEqual(['::warning', '::notice', '']);
  });

  it('escapes data and properties so no line can start another command', () => {
    const hostile = lines[3]!;
    expect(hostile).toContain('file=plans/b 计划.yaml');
    expect(hostile).toContain('bad: 100%25%0D%0Anext @team');
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
    expect(escapeProperty('a:b,c%\r\n')).toBe('a%3Ab%2Cc%25%0D%0A');
    expect(escapeData('a:b,c%\n')).toBe('a:b,c%25%0A');
  });

  it('reports waiver and stale-baseline notices on their files', () => {
    expect(lines[4]).toBe('::warning file=waivers.yaml,line=3,col=5,title=pipl-guard%3A waiver W-NONE matches nothing::waiver W-NONE matches no finding (remove or correct it)');
    expect(lines[5]).toMatch(/^::warning file=waivers\.yaml,line=12,col=5,title=pipl-guard%3A waiver W-OLD expired::/);
    expect(lines[6]).toMatch(/^::notice file=plans\/a\.yaml,title=pipl-guard%3A stale baseline entry::baseline entry RETAIN-DELETE-001/);
  });

  it('prints nothing for a clean run', () => {
    expect(renderGithub(makeRun(), { lang: 'en', color: false })).toBe('');
  });
});
