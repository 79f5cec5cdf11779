/** Wall time per build phase, printed by the build and read by the benchmark. */
export class PhaseTimer {
  private readonly phases: Record<string, number> = {};

  time<T>(phase: string, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }

  async timeAsync<T>(phase: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }

  private add(phase: string, ms: number) {
    this.phases[phase] = (this.phases[phase] ?? 0) + ms;
  }

  results(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.phases).map(([k, v]) => [k, Math.round(v)]));
  }
}
