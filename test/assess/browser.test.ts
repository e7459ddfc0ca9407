import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { renderAssessmentHtml } from '../../src/reports/assess/html.js';
import { runAssessment } from '../../src/reports/assess/run.js';
import { HOSTILE_PLAN, HOSTILE_POLICIES, ROOT } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[test/assess/browser] SKIPPED: ${CHROMIUM} not found; install it with: apt-get update && apt-get install -y chromium`);
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SECTION_TITLES: Record<Lang, Record<string, string>> = {
  en: { summary: 'Executive summary', 'data-map': 'Data map', 'heat-map': 'Heat map', exposure: 'Penalty exposure (estimate)', findings: 'Findings', register: 'Risk register', waivers: 'Waiver register', remediation: 'Prioritised remediation plan', rules: 'Appendix: rule catalogue' },
  zh: { summary: '执行摘要', 'data-map': '数据地图', 'heat-map': '风险热力图', exposure: '处罚敞口估算', findings: '发现项', register: '风险登记册', waivers: '豁免登记册', remediation: '整改计划（按优先级）', rules: '附录：规则目录' },
};
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

interface Visit {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
  dialogs: string[];
}

describe.skipIf(!hasChromium)('HTML reports in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'pg-browser-'));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report file; every request other than the file itself is recorded and aborted. */
  async function visit(file: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const url = pathToFileURL(file).href;
    const visit: Visit = { page, consoleErrors: [], outsideRequests: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') visit.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => visit.consoleErrors.push(String(e)));
    page.on('dialog', (d) => {
      visit.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      visit.outsideRequests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return visit;
  }

  /** Distinct colours in a screenshot, counted by drawing it into a canvas of a blank page. */
  async function distinctColours(png: Buffer): Promise<number> {
    const page = await browser.newPage();
    try {
      // A string, evaluated in the page: this project compiles without DOM types.
      const count = `(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png.toString('base64')}';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set();
        for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        return seen.size;
      })()`;
      return (await page.evaluate(count)) as number;
    } finally {
      await page.close();
    }
  }

  async function report(plans: string[], lang: Lang, policies?: string): Promise<string> {
    const { report } = await runAssessment({
      lint: { plans, now: '2026-03-20', cwd: ROOT, ...(policies ? { includeShipped: false, policyDirs: [policies] } : {}) },
      lang,
    });
    const file = join(dir, `${plans.map((p) => p.replace(/[^A-Za-z0-9]+/g, '_')).join('+')}.${lang}.html`);
    writeFileSync(file, renderAssessmentHtml(report));
    return file;
  }

  for (const example of EXAMPLES) {
    for (const lang of ['en', 'zh'] as const) {
      it(`renders examples/${example} (${lang}) cleanly`, async () => {
        const file = await report([join('examples', example)], lang);
        const v = await visit(file);
        try {
          expect(v.consoleErrors).toEqual([]);
          expect(v.outsideRequests).toEqual([]);
          expect(v.dialogs).toEqual([]);
          const titles = (await v.page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('section[id] > h2')].map((h) => [h.parentElement.id, h.textContent]))",
          )) as Record<string, string>;
          for (const [id, title] of Object.entries(SECTION_TITLES[lang])) expect(titles[id], id).toBe(title);
          expect(await v.page.locator('svg.heat').count()).toBe(2);
          const shot = await v.page.screenshot({ fullPage: false });
          if (lang === 'en' && example.startsWith('s1')) writeFileSync(join(dir, 's1-en.png'), shot);
          expect(await distinctColours(shot)).toBeGreaterThan(30);
        } finally {
          await v.page.close();
        }
      });
    }
  }

  it('keeps a hostile plan and rule inert: nothing runs, nothing loads, the page stays whole', async () => {
    // The plan file name itself is hostile too: the report shows it.
    const hostileDir = mkdtempSync(join(tmpdir(), 'pg-hostile-'));
    const hostileFile = join(hostileDir, `x"><svg onload=window.__pwned='file'>.yaml`);
    copyFileSync(join(ROOT, HOSTILE_PLAN), hostileFile);
    for (const lang of ['en', 'zh'] as const) {
      const file = await report([hostileFile], lang, HOSTILE_POLICIES);
      const v = await visit(file);
      try {
        expect(v.dialogs).toEqual([]);
        expect(v.outsideRequests).toEqual([]);
        expect(v.consoleErrors).toEqual([]);
        const state = (await v.page.evaluate(`({
          pwned: window.__pwned,
          scripts: document.querySelectorAll('script').length,
          injected: document.querySelectorAll('img, iframe, object, embed, form, input, body svg:not(.heat), style ~ style, main style').length,
          styles: document.querySelectorAll('style').length,
          sections: [...document.querySelectorAll('main > section')].map((s) => s.id),
          bodyDisplay: getComputedStyle(document.body).display,
          findings: document.querySelectorAll('article.finding').length,
          entity: [...document.querySelectorAll('#cover td')].map((td) => td.textContent || '').find((t) => t.includes("__pwned='entity'")),
          title: document.querySelector('article.finding h3')?.textContent,
        })`)) as { pwned: unknown; scripts: number; injected: number; styles: number; sections: string[]; bodyDisplay: string; findings: number; entity?: string; title?: string };
        expect(state.pwned).toBeUndefined();
        expect(state.scripts).toBe(0);
        expect(state.injected).toBe(0);
        expect(state.styles).toBe(1);
        expect(state.sections).toEqual(['summary', 'method', 'data-map', 'heat-map', 'exposure', 'findings', 'register', 'waivers', 'remediation', 'rules']);
        expect(state.bodyDisplay).toBe('block');
        expect(state.findings).toBeGreaterThan(0);
        expect(state.entity).toContain("<script>window.__pwned='entity'</script>");
        expect(state.title).toContain(lang === 'en' ? "<script>window.__pwned='rule-title'</script>Title" : "<script>window.__pwned='rule-title-zh'</script>标题");
        // Clicking every link stays on the page.
        for (const link of await v.page.locator('a').all()) await link.click();
        expect(await v.page.evaluate('window.__pwned')).toBeUndefined();
        expect(v.outsideRequests).toEqual([]);
        expect(await distinctColours(await v.page.screenshot())).toBeGreaterThan(30);
      } finally {
        await v.page.close();
      }
    }
  });
});
