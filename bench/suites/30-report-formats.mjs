// Report formats, waivers and baselines on synthetic runs of growing size: render time and output
// size per format; applyWaivers (findings x waivers) and applyBaseline (findings, entries).
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CATEGORIES = ['transfer-handover', 'encryption', 'notification-consent', 'retention-destruction'];

function hex(n) {
  return n.toString(16).padStart(32, '0');
}

function syntheticRun(findingCount, ruleCount = 60, planCount = 5) {
  const rules = Array.from({ length: ruleCount }, (_, i) => ({
    id: `RULE-${String(i).padStart(3, '0')}`,
    title: { zh: `规则 ${i}`, en: `Rule ${i}` },
    description: { zh: '说明。', en: 'Description.' },
    message: { zh: '缺少 {field}', en: 'missing {field}' },
    category: CATEGORIES[i % CATEGORIES.length],
    severity: SEVERITIES[i % SEVERITIES.length],
    legal_basis: [{ instrument: 'PIPL', article: String(20 + (i % 30)), verification: 'V' }, { instrument: 'GB/T 35273', article: `9.${i % 9}`, verification: 'S' }],
    remediation: { zh: '补充。', en: 'Add it.' },
    references: [],
    tags: [],
    engine: 'yaml',
    source: { file: 'rules.yaml', line: 1 },
  }));
  const findings = Array.from({ length: findingCount }, (_, i) => {
    const rule = rules[i % ruleCount];
    const pointer = `/data_inventory/${i}/fields`;
    return {
      rule_id: rule.id,
      severity: rule.severity,
      category: rule.category,
      title: rule.title,
      message: { zh: `第 ${i} 项缺少字段 <x> & "y"`, en: `item ${i} lacks a field <x> & "y" | \`z\`` },
      location: { file: `plans/plan-${i % planCount}.yaml`, pointer, line: 10 + i, column: 5 },
      target_pointer: pointer,
      legal_basis: rule.legal_basis,
      remediation: rule.remediation,
      fingerprint: hex(i),
      status: i % 10 === 0 ? 'waived' : i % 10 === 1 ? 'baselined' : 'open',
      unverified_basis: false,
      ...(i % 10 === 0
        ? { waiver: { id: `W-${i}`, justification: 'accepted', owner: 'dpo', approved_by: 'gc', approved_on: '2026-01-01', expires_on: '2026-12-31' } }
        : {}),
    };
  });
  return {
    tool: { name: 'pipl-guard', version: '0.1.0' },
    ruleset: { revision: 'bench', sha256: '0'.repeat(64) },
    plans: Array.from({ length: planCount }, (_, i) => ({ file: `plans/plan-${i}.yaml`, sha256: '1'.repeat(64) })),
    rules,
    findings,
    fail_on: 'high',
    waiver_notices: [],
    stale_baseline: [],
    baseline: { file: 'baseline.json' },
  };
}

export default async function reportFormatsSuite(h) {
  const { LINT_FORMATS } = await import(h.dist('reports/formats/index.js'));
  const { applyWaivers } = await import(h.dist('waivers/apply.js'));
  const { applyBaseline } = await import(h.dist('baseline/apply.js'));

  const sizes = h.quick ? [1000] : [1000, 10_000, 50_000];
  const formats = ['sarif', 'junit', 'markdown', 'github', 'json', 'text'];
  h.note('Render time (median ms) and output size (MB) per format; 60 rules, 5 plans; every tenth finding waived, every tenth baselined.');
  const table = h.startTable(['findings', ...formats.map((f) => `${f} ms`), ...formats.map((f) => `${f} MB`)]);
  for (const n of sizes) {
    const run = syntheticRun(n);
    const times = [];
    const sizesMb = [];
    for (const format of formats) {
      const render = LINT_FORMATS[format];
      const result = await h.time(() => render(run, { lang: 'en', color: false }), { reps: h.quick ? 3 : n >= 50_000 ? 3 : 5 });
      times.push(h.ms(result.median));
      sizesMb.push(h.mb(Buffer.byteLength(render(run, { lang: 'en', color: false }))));
    }
    table.row([n.toLocaleString('en-US'), ...times, ...sizesMb]);
  }

  h.note('applyWaivers: every finding open; waivers target distinct pointers (half match, half do not). applyBaseline: entries = findings.');
  const gov = h.startTable(['findings', 'waivers', 'applyWaivers ms', 'baseline entries', 'applyBaseline ms']);
  const govSizes = h.quick ? [[1000, 100]] : [[1000, 100], [10_000, 1000], [50_000, 1000]];
  for (const [n, w] of govSizes) {
    const findings = syntheticRun(n).findings.map((f) => ({ ...f, status: 'open', waiver: undefined }));
    const waivers = Array.from({ length: w }, (_, i) => ({
      id: `W-${i}`,
      rule: findings[(i * 7) % n].rule_id,
      target: i % 2 === 0 ? findings[(i * 7) % n].target_pointer : `/nowhere/${i}`,
      justification: 'j',
      owner: 'o',
      approved_by: 'a',
      approved_on: '2026-01-01',
      expires_on: '2026-12-31',
      source: { file: 'w.yaml', line: i + 2, column: 5 },
    }));
    const entries = findings.map((f) => ({ file: f.location.file, fingerprint: f.fingerprint, rule_id: f.rule_id, pointer: f.target_pointer }));
    const baseline = { file: '/bench/baseline.json', dir: '/bench', entries };
    const files = [...new Set(findings.map((f) => f.location.file))];
    const tw = await h.time(() => applyWaivers(findings, waivers, '2026-03-01', '/bench'), { reps: 3 });
    const tb = await h.time(() => applyBaseline(findings, baseline, files, '/bench'), { reps: 3 });
    gov.row([n.toLocaleString('en-US'), w.toLocaleString('en-US'), h.ms(tw.median), entries.length.toLocaleString('en-US'), h.ms(tb.median)]);
  }
}
