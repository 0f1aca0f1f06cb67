// Percentiles and a timing loop shared by the benchmarks that call data functions directly.

export type Timing = { runs: number; p50Ms: number; p95Ms: number; maxMs: number };

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

/** Runs `work(0)` once to warm up, then `work(1)` … `work(runs)`, each timed. */
export async function time(runs: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  await work(0);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work(i + 1);
    times.push(performance.now() - started);
  }
  return { runs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100) };
}
