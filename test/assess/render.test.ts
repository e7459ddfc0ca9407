import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCodeBlock } from '../../src/reports/assess/escape.js';
import { REPORT_CSP, renderAssessmentHtml } from '../../src/reports/assess/html.js';
import { renderAssessmentMarkdown } from '../../src/reports/assess/markdown.js';
import type { AssessmentReport } from '../../src/reports/assess/types.js';
import { HOSTILE_PLAN, HOSTILE_POLICIES, S1, assess } from './helpers.js';

/** Tags a report may contain: everything else would come from data. */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'nav', 'section', 'footer', 'article', 'div', 'span', 'p', 'h1', 'h2', 'h3',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'ul', 'li', 'a', 'strong', 'em', 'br', 'code', 'pre', 'figure', 'figcaption', 'svg', 'rect', 'text',
]);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

describe('HTML escaping primitives', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes Markdown inert and one-line', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown('<script>\n| a |')).toBe('&lt;script&gt; \\| a \\|');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('11.6')).toBe('11\\.6');
  });

  it('fences code that holds backticks', () => {
    expect(markdownCodeBlock('a ``` b', 'text')).toBe('````text\na ``` b\n````');
  });
});

describe('HTML report of the hostile plan and rule', () => {
  let html: string;
  let report: AssessmentReport;
  beforeAll(async () => {
    ({ report } = await assess([HOSTILE_PLAN], 'en', { policies: HOSTILE_POLICIES }));
    html = renderAssessmentHtml(report);
  });

  it('contains only the tags the renderer writes: no script, img, iframe, object, style injection', () => {
    const unexpected = tagsOf(html).filter((tag) => !ALLOWED_TAGS.has(tag));
    expect(unexpected).toEqual([]);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
  });

  it('has no event-handler attributes and no links leaving the page', () => {
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    for (const tag of tags) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^#[A-Za-z0-9-]+$/);
    for (const tag of tags) expect(tag).not.toMatch(/\s(src|data|action|formaction|srcdoc)=/i);
  });

  it('shows the hostile strings as text', () => {
    expect(html).toContain('&lt;script&gt;window.__pwned=&#39;entity&#39;&lt;/script&gt;');
    expect(html).toContain('&lt;style&gt;*{color:red!important}&lt;/style&gt;Zheng');
    expect(html).toContain('&lt;script&gt;window.__pwned=&#39;rule-title&#39;&lt;/script&gt;Title');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=&#39;party&#39;&quot;&gt;');
  });

  it('carries a strict Content-Security-Policy', () => {
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  });
});

describe('HTML report structure', () => {
  let en: string;
  let zh: string;
  beforeAll(async () => {
    en = renderAssessmentHtml((await assess([S1], 'en')).report);
    zh = renderAssessmentHtml((await assess([S1], 'zh')).report);
  });

  it('has every section, a table of contents, and print rules', () => {
    for (const id of ['cover', 'summary', 'method', 'data-map', 'heat-map', 'exposure', 'findings', 'register', 'waivers', 'remediation', 'rules']) {
      expect(en).toContain(`id="${id}"`);
    }
    expect(en).toContain('@media print');
    expect(en).toContain('break-before:page');
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(zh.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
  });

  it('draws two 5x5 heat maps whose cell counts add up to the findings', () => {
    const rects = [...en.matchAll(/<rect [^>]*data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rects).toHaveLength(50);
    const total = rects.slice(0, 25).reduce((a, b) => a + b, 0);
    expect(total).toBe(6);
  });

  it('labels everything in the chosen language', () => {
    expect(en).toContain('Executive summary');
    expect(en).toContain('NO-GO');
    expect(zh).toContain('执行摘要');
    expect(zh).toContain('不得执行（NO-GO）');
    expect(zh).toContain('处罚敞口估算');
    expect(zh).not.toContain('Executive summary');
  });

  it('marks the offending line of the excerpt', () => {
    expect(en).toMatch(/<span class="row hl"><span class="ln">209<\/span>  - id: asset-package<\/span>/);
  });

  it('is byte-identical for identical inputs', async () => {
    expect(renderAssessmentHtml((await assess([S1], 'en')).report)).toBe(en);
  });
});

describe('Markdown report', () => {
  it('carries the same sections and escapes hostile text', async () => {
    const { report } = await assess([HOSTILE_PLAN], 'en', { policies: HOSTILE_POLICIES });
    const md = renderAssessmentMarkdown(report);
    const outsideCode = md.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toBe(md);
    expect(outsideCode).not.toMatch(/<script/i);
    expect(outsideCode).not.toMatch(/<img/i);
    expect(outsideCode).not.toMatch(/<\/?[a-z]/i);
    expect(outsideCode).not.toMatch(/\]\(javascript/);
    for (const heading of ['## Cover', '## Executive summary', '## Data map', '## Heat map', '## Penalty exposure', '## Findings', '## Risk register', '## Waiver register', '## Prioritised remediation plan', '## Appendix']) {
      expect(md).toContain(heading);
    }
    // The excerpt is a fenced block: plan text stays literal there.
    expect(md).toContain("# inert text. <script>window.__pwned = 'comment'</script>");
    expect(md).toMatch(/```text\n/);
  });

  it('keeps table rows on one line whatever the plan holds', async () => {
    const { report } = await assess([HOSTILE_PLAN], 'en', { policies: HOSTILE_POLICIES });
    const md = renderAssessmentMarkdown(report);
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) expect(row.endsWith('|')).toBe(true);
  });

  it('is in Chinese with --lang zh', async () => {
    const md = renderAssessmentMarkdown((await assess([S1], 'zh')).report);
    expect(md).toContain('# 客户个人信息处置方案风险评估报告');
    expect(md).toContain('## 执行摘要');
  });
});
