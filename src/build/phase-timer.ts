/** Wall time per build phase, printed by the build and read by the benchmark. */
export class PhaseTimer {
  private readonly phases: Record<string, number> = {};

  time<T>(phase: string, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.addOne(phase, performance.now() - start);
    }
  }

  async timeAsync<T>(phase: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.addOne(phase, performance.now() - start);
    }
  }

  private addOne(phase: string, ms: number) {
    this.phases[phase] = (this.phases[phase] ?? 0) + ms;
  }

  /** Adds phases timed elsewhere (another process). */
  add(timings: Record<string, number>): void {
    for (const [phase, ms] of Object.entries(timings)) this.addOne(phase, ms);
  }

  results(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.phases).map(([k, v]) => [k, Math.round(v)]));
  }
}
