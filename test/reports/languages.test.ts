import { describe, expect, it } from 'vitest';
import { renderGithub } from '../../src/reports/formats/github.js';
import { renderJunit } from '../../src/reports/formats/junit.js';
import { renderMarkdown } from '../../src/reports/formats/markdown.js';
import { renderSarif } from '../../src/reports/formats/sarif.js';
import { richRun } from './helpers/factory.js';

const formats = { sarif: renderSarif, junit: renderJunit, markdown: renderMarkdown, github: renderGithub };

describe('every CI format in both languages', () => {
  it.each(Object.entries(formats))('%s renders Chinese and English texts, deterministically', (_name, render) => {
    const run = richRun();
    const zh = render(run, { lang: 'zh', color: false });
    const en = render(run, { lang: 'en', color: false });
    expect(zh).not.toBe(en);
    expect(zh).toContain('转移缺少法律依据');
    expect(en).toContain('the transfer names no legal basis');
    expect(render(richRun(), { lang: 'zh', color: false })).toBe(zh);
  });

  it('Chinese citations read as articles (第22条) and labels are Chinese', () => {
    const md = renderMarkdown(richRun(), { lang: 'zh', color: false });
    expect(md).toContain('PIPL 第22条 \\[V\\]');
    expect(md).toContain('| 严重程度 | 未解决 | 已豁免 | 基线已知 |');
    expect(md).toContain('**未通过**');
    const gh = renderGithub(richRun(), { lang: 'zh', color: false });
    expect(gh).toContain('title=pipl-guard：豁免 W-OLD 已过期');
  });
});
