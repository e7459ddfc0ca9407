// The embedded Rego engine on a plan with 50,000 data sets: the rule shapes a PIPL policy pack
// uses (iteration, conditions, negation, membership, data lookups, helper functions, sprintf,
// object-valued findings, a quadratic group-by), each evaluated as a fresh query.

export default async function (h) {
  const { compilePolicy, evaluateQuery } = await import(h.dist('rego/engine.js'));
  const { fromJSON } = await import(h.dist('rego/values.js'));
  const n = h.quick ? 2_000 : 50_000;
  const cats = ['health', 'biometric', 'financial', 'minor', 'contact', 'marketing'];
  const datasets = Array.from({ length: n }, (_, i) => ({
    name: `ds${i}`,
    category: cats[i % 6],
    separate_consent: i % 3 === 0,
    retention_days: i % 400,
    owner: `team${i % 20}`,
    records: i,
  }));
  const input = fromJSON({ datasets });
  const data = fromJSON({ limits: Object.fromEntries(cats.map((c) => [c, 365])) });
  const rules = {
    'iterate': 'r contains d.name if { some d in input.datasets }',
    'condition': 'r contains d.name if { some d in input.datasets; d.records > 10 }',
    'negation': 'r contains d.name if { some d in input.datasets; not d.separate_consent }',
    'membership': 'r contains d.name if { some d in input.datasets; d.category in {"health", "minor"} }',
    'data lookup': 'r contains d.name if { some d in input.datasets; d.retention_days > data.limits[d.category] }',
    'helper function': 'f(d) if d.records > 10\nr contains d.name if { some d in input.datasets; f(d) }',
    'sprintf message': 'r contains msg if { some d in input.datasets; msg := sprintf("%s lacks consent", [d.name]) }',
    'object finding': 'r contains {"dataset": d.name, "category": d.category} if { some d in input.datasets }',
    'group by (20 owners)': 'r[o] := count([d | some d in input.datasets; d.owner == o]) if some o in {d.owner | some d in input.datasets}',
  };
  const rows = [];
  for (const [name, rule] of Object.entries(rules)) {
    const policy = compilePolicy([{ file: 'bench.rego', source: `package t\n${rule}\n` }]);
    const r = await h.time(() => evaluateQuery(policy, 'x := count(data.t.r)', { input, data }), { reps: h.quick ? 2 : 5 });
    rows.push([name, h.ms(r.median), `${((r.median * 1000) / n).toFixed(2)} µs`]);
  }
  h.table([`rule over ${n.toLocaleString('en')} data sets`, 'median ms', 'per data set'], rows);
  h.note('Each query builds the rule value once (rule values are memoised per query); the input is converted once, outside the timing.');
}
