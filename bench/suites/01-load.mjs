// Plan loading and validation against a bare YAML parse, for growing plans; the plan size limit.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { generatePlan, writePlan } from '../generate-plan.mjs';

export default async function loadSuite(h) {
  const { loadPlanFile, DEFAULT_MAX_PLAN_BYTES } = await import(h.dist('plan/load.js'));
  const { validatePlan } = await import(h.dist('plan/validate.js'));
  const { loadPlanSchema } = await import(h.dist('plan/plan-schema.js'));
  const tasks = new URL('../lib/plan-tasks.mjs', import.meta.url).href;
  const dir = h.tmpdir();

  const schema = loadPlanSchema();
  h.note(`Schema compile (once per process, not included below): ${h.ms(schema.compileMs)} ms.`);

  const sizes = h.quick ? [100, 1000] : [100, 1000, 10_000, 50_000];
  const table = h.startTable([
    'data sets',
    'file MB',
    'load+validate ms',
    'YAML.parse ms',
    'ratio',
    'µs per data set',
    'peak RSS MB (load+validate)',
    'peak RSS MB (YAML.parse)',
    'RSS growth / file byte (load+validate)',
    'RSS growth / file byte (YAML.parse)',
  ]);
  for (const datasets of sizes) {
    const file = writePlan(dir, datasets);
    const bytes = statSync(file).size;
    const check = validatePlan(loadPlanFile(file, { maxBytes: Infinity }), { schema });
    if (check.length > 0) throw new Error(`generated plan with ${datasets} data sets is not valid: ${check[0].text.en}`);
    const reps = h.quick ? 3 : datasets >= 50_000 ? 3 : datasets >= 10_000 ? 5 : 9;
    const result = await h.compare(
      {
        load: () => validatePlan(loadPlanFile(file, { maxBytes: Infinity }), { schema }),
        parse: () => YAML.parse(readFileSync(file, 'utf8')),
      },
      { reps },
    );
    const rssLoad = h.peakRss(tasks, 'loadAndValidate', [file, Number.MAX_SAFE_INTEGER]);
    const rssParse = h.peakRss(tasks, 'bareParse', [file]);
    table.row([
      datasets.toLocaleString('en-US'),
      h.mb(bytes),
      h.ms(result.load.median),
      h.ms(result.parse.median),
      h.ratio(result.ratio('load', 'parse')),
      ((result.load.median * 1000) / datasets).toFixed(1),
      rssLoad.peak ? h.mb(rssLoad.peak) : `failed: ${rssLoad.error}`,
      rssParse.peak ? h.mb(rssParse.peak) : `failed: ${rssParse.error}`,
      rssLoad.peak ? ((rssLoad.peak - rssLoad.before) / bytes).toFixed(1) : '-',
      rssParse.peak ? ((rssParse.peak - rssParse.before) / bytes).toFixed(1) : '-',
    ]);
  }
  h.note(`Medians of interleaved repetitions; "ratio" is the median of per-repetition ratios. Peak RSS is \`process.resourceUsage().maxRSS\` of a fresh process that loads and validates the one plan; "RSS growth / file byte" is (peak − RSS before the call) / file size.`);

  // The size limit: what a plan at the default limit costs, and what happens past it.
  h.title('Plan size limit', 3);
  const limitRows = [];
  const perDataset = statSync(writePlan(dir, 1000)).size / 1000;
  const atLimit = Math.floor((DEFAULT_MAX_PLAN_BYTES * 0.98) / perDataset);
  const nearLimit = h.quick ? null : writePlan(dir, atLimit);
  if (nearLimit) {
    const rss = h.peakRss(tasks, 'loadAndValidate', [nearLimit]);
    limitRows.push([`${atLimit.toLocaleString('en-US')} data sets`, h.mb(statSync(nearLimit).size), rss.peak ? h.mb(rss.peak) : `failed: ${rss.error}`, rss.result?.firstId ?? (rss.result ? 'loaded and valid' : '-')]);
  }
  const huge = join(dir, 'plan-100mb.yaml');
  const chunk = generatePlan(2000).split('\ndata_inventory:\n')[1].split('\npi_transfers:\n')[0];
  const head = generatePlan(0).replace(/data_inventory: \[\]\n/, '').replace(/pi_transfers: \[\]\n/, '');
  let text = `${head}data_inventory:\n`;
  let n = 0;
  while (text.length < 100 * 1024 * 1024) text += chunk.replace(/ds-(\d+)/g, (_, d) => `ds-${n}-${d}`) + '\n', n++;
  writeFileSync(huge, text);
  const refused = h.peakRss(tasks, 'loadAndValidate', [huge]);
  limitRows.push(['100 MB plan, default limit', h.mb(statSync(huge).size), refused.peak ? h.mb(refused.peak) : `failed: ${refused.error}`, refused.result?.firstId ?? (refused.result ? 'loaded' : '-')]);
  h.table(['plan', 'file MB', 'peak RSS MB', 'outcome'], limitRows);
  h.note(`Default limit: ${DEFAULT_MAX_PLAN_BYTES.toLocaleString('en-US')} bytes (${h.mb(DEFAULT_MAX_PLAN_BYTES)} MiB).`);
}
