import { describe, expect, it } from 'vitest';
import { MARKDOWN_BUDGET, renderMarkdown } from '../../src/reports/formats/markdown.js';
import { codeSpan, escapeMarkdown } from '../../src/reports/formats/markdown-escape.js';
import { makeFinding, makeRun, richRun } from './helpers/factory.js';

describe('markdown', () => {
  const text = renderMarkdown(richRun(), { lang: 'en', color: false });

  it('starts with the verdict and a summary table by severity and status', () => {
    expect(text).toContain('**Failed**: open findings at high or above.');
    expect(text).toContain('| Severity | open | waived | baselined |');
    expect(text).toContain('| critical | 2 | 0 | 0 |');
    expect(text).toContain('| high | 0 | 1 | 0 |');
    expect(text).toContain('| medium | 0 | 0 | 1 |');
    expect(text).toContain('| **Total** | **2** | **1** | **1** |');
  });

  it('groups findings by plan with line links, pointers, citations and remediation', () => {
    expect(text.indexOf('### plans/a.yaml')).toBeLessThan(text.indexOf('### plans/b 计划.yaml'));
    expect(text).toContain('[plans/a.yaml:4:3](plans/a.yaml#L4) `/pi_transfers/0`');
    expect(text).toContain('[plans/b 计划.yaml:2:1](plans/b%20%E8%AE%A1%E5%88%92.yaml#L2)');
    expect(text).toContain('Legal basis: PIPL Art. 51 \\[V\\]; GB/T 22239 §8.1.4.8 \\[U\\]');
    expect(text).toContain('Remediation: State the basis');
    expect(text).toContain('_(waived)_');
    expect(text).toContain('waived by W-1');
    expect(text).toContain('in the baseline');
  });

  it('escapes plan-derived text: HTML, pipes, backticks, line breaks, mentions', () => {
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('value \\`a\\|b\\`');
    expect(text).not.toMatch(/@team/);
    expect(text).toContain('100% next');
    expect(escapeMarkdown('| a | b |\n# h')).toBe('\\| a \\| b \\| # h');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('a@b <i>')).toBe('a&#64;b &lt;i&gt;');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(codeSpan('a`b``c')).toBe('```a`b``c```');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });

  it('lists notices and evidence requests, and says when there is nothing', () => {
    expect(text).toContain('waivers.yaml:3:5: waiver W-NONE matches no finding');
    expect(text).toContain('baseline entry RETAIN-DELETE-001 (gone) is no longer found');
    const withEvidence = renderMarkdown(
      makeRun({
        findings: [makeFinding()],
        evidence_requests: [{ group: 'pi_transfers', request: { zh: '转移记录', en: 'Transfer records' }, rule_ids: ['TRANSFER-BASIS-001'], files: ['plans/plan.yaml'] }],
      }),
      { lang: 'en', color: false },
    );
    expect(withEvidence).toContain('### Evidence to request from the target');
    expect(withEvidence).toContain('- [ ] Transfer records (`pi_transfers`; rules: TRANSFER-BASIS-001)');
    const empty = renderMarkdown(makeRun({ fail_on: 'never' }), { lang: 'zh', color: false });
    expect(empty).toContain('未发现问题。');
    expect(empty).toContain('fail_on: never');
    expect(empty).not.toContain('###');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(richRun(), { lang: 'en', color: false })).toBe(renderMarkdown(richRun(), { lang: 'en', color: false }));
  });
});

describe('markdown size budget (GitHub comments hold at most 65,536 characters)', () => {
  it('keeps the most important findings, in plan order, and counts the rest', () => {
    const findings = Array.from({ length: 600 }, (_, i) =>
      makeFinding({
        rule_id: `R-${String(i).padStart(3, '0')}`,
        severity: i === 599 ? 'critical' : 'low',
        line: i + 1,
        pointer: `/data_inventory/${i}`,
        message: { zh: '很长的说明'.repeat(20), en: 'a long explanation '.repeat(20) },
      }),
    );
    const text = renderMarkdown(makeRun({ findings }), { lang: 'en', color: false });
    expect(text.length).toBeLessThan(MARKDOWN_BUDGET);
    expect(text).toContain('R-599');
    const shown = (text.match(/^- \*\*/gm) ?? []).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(600);
    expect(text).toContain(`_${600 - shown} more finding(s) not listed`);
    const lines = [...text.matchAll(/plans\/plan\.yaml:(\d+):/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('lists everything when it fits', () => {
    expect(renderMarkdown(richRun(), { lang: 'en', color: false })).not.toContain('not listed');
  });
});
