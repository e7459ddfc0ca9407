/** `time.now_ns()` for a lint date (`YYYY-MM-DD`, midnight UTC), so date logic in Rego is deterministic under `--now`. */
export function nowNsForDay(today: string): bigint {
  const ms = Date.parse(`${today}T00:00:00Z`);
  return BigInt(Number.isNaN(ms) ? Date.now() : ms) * 1_000_000n;
}
