// Rego builtin families on plan-sized inputs: 50,000 calls, as a policy checking every data set
// of a large plan would make. Also shows what the linear-time regex VM costs against JavaScript's
// RegExp, and what it saves on a pattern that backtracks exponentially.

export default async function (h) {
  for (const family of ['regex', 'glob', 'strings', 'time', 'net', 'units']) await import(h.dist(`rego/builtins/${family}.js`));
  const { getBuiltin } = await import(h.dist('rego/builtins/registry.js'));
  const { compileRe2 } = await import(h.dist('rego/builtins/lib/re2.js'));
  const { VmRegex } = await import(h.dist('rego/builtins/lib/regex-vm.js'));
  const ctx = { nowNs: 0n, cache: new Map(), strict: true, print: () => {}, name: 'bench', seed: 1 };
  const call = (name, args) => getBuiltin(name).impl(args, ctx);

  const n = h.quick ? 2_000 : 50_000;
  const names = Array.from({ length: n }, (_, i) => `customer_${i}.orders.email${i % 7 === 0 ? '!' : ''}`);
  const cidrs = Array.from({ length: n }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.7`);
  const stamps = Array.from({ length: n }, (_, i) => `2026-0${1 + (i % 9)}-1${i % 10}T08:30:00+08:00`);

  const cases = {
    'regex.match simple (JS RegExp)': () => names.forEach((s) => call('regex.match', ['^[a-z_0-9]+(\\.[a-z]+)?', s])),
    'regex.match nested (linear VM)': () => names.forEach((s) => call('regex.match', ['^([a-z_0-9]+\\.)+[a-z0-9]+$', s])),
    'glob.match': () => names.forEach((s) => call('glob.match', ['customer_*.orders.*', ['.'], s])),
    sprintf: () => names.forEach((s, i) => call('sprintf', ['%s has %d rows (%.1f%%)', [s, i, i / 7]])),
    'time.parse_rfc3339_ns': () => stamps.forEach((s) => call('time.parse_rfc3339_ns', [s])),
    'net.cidr_contains': () => cidrs.forEach((s) => call('net.cidr_contains', ['10.0.0.0/9', s])),
    'units.parse_bytes': () => names.forEach((_, i) => call('units.parse_bytes', [`${i}KiB`])),
  };
  const rows = [];
  for (const [name, fn] of Object.entries(cases)) {
    const r = await h.time(fn, { reps: h.quick ? 2 : 5 });
    rows.push([name, h.ms(r.median), `${((r.median * 1000) / n).toFixed(2)} µs`]);
  }
  h.table([`builtin (${n.toLocaleString('en')} calls)`, 'median ms', 'per call'], rows);

  // The same nested pattern on both engines, and an input that is exponential for backtracking.
  const pattern = '^([a-z_0-9]+\\.)+[a-z0-9]+$';
  const translatedSource = compileRe2(pattern).source;
  const js = new RegExp(translatedSource, 'u');
  const vm = new VmRegex(translatedSource, '');
  const r = await h.compare(
    { vm: () => names.forEach((s) => vm.matches(s)), js: () => names.forEach((s) => js.test(s)) },
    { reps: h.quick ? 2 : 7 },
  );
  h.table(['engine (yes/no match, same pattern)', 'median ms'], [['linear VM', h.ms(r.vm.median)], ['JS RegExp', h.ms(r.js.median)]]);
  h.note(`VM / JS time ratio on ordinary input: ${h.ratio(r.ratio('vm', 'js'))}`);

  const evilLength = h.quick ? 20 : 24;
  const evil = `${'a'.repeat(evilLength)}!`;
  const nested = new RegExp('^(a+)+$', 'u');
  const vmNested = new VmRegex('^(a+)+$', '');
  const tJs = await h.time(() => nested.test(evil), { reps: 1, warmup: 0 });
  const tVm = await h.time(() => vmNested.matches(evil), { reps: 3 });
  h.table(
    [`^(a+)+$ on ${evilLength} a's and "!"`, 'ms'],
    [
      ['JS RegExp (backtracking)', h.ms(tJs.median)],
      ['linear VM', h.ms(tVm.median)],
    ],
  );
  h.note('Each extra "a" doubles the backtracking time; the VM grows linearly.');
}
