// Runs in a fresh process: imports a module, calls one export, prints peak RSS as JSON.
// If the export returns a function, that call was the set-up (imports, compiling) and the returned
// function is the measured task: `before` is then the RSS after the set-up.
const [url, name, argsJson] = process.argv.slice(2);
const mod = await import(url);
if (typeof mod[name] !== 'function') throw new Error(`${url} has no exported function ${name}`);
let before = process.memoryUsage().rss;
let result = await mod[name](...JSON.parse(argsJson));
if (typeof result === 'function') {
  before = process.memoryUsage().rss;
  result = await result();
}
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ peak: usage.maxRSS * 1024, before, result: result ?? null, exitCode: 0 })}\n`);
