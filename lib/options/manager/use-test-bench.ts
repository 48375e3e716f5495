import { useMemo, useState } from 'react';
import type { RulePack } from '../../pack/schema.ts';
import { emptyBenchInput, runBench, type BenchInput, type BenchResult } from './bench.ts';
import { useDebouncedValue } from './use-debounced.ts';

export const BENCH_DELAY_MS = 150;

export interface TestBench {
  input: BenchInput;
  setInput: (input: BenchInput) => void;
  result: BenchResult;
  /** The typed post or the pack changed and the result has not caught up yet. */
  pending: boolean;
}

/** "Try a post": checks the typed post against the pack being built, once typing settles. */
export function useTestBench(pack: RulePack | null): TestBench {
  const [input, setInput] = useState<BenchInput>(emptyBenchInput);
  const settledInput = useDebouncedValue(input, BENCH_DELAY_MS);
  const settledPack = useDebouncedValue(pack, BENCH_DELAY_MS);
  const result = useMemo(() => runBench(settledPack, settledInput), [settledPack, settledInput]);
  return { input, setInput, result, pending: settledInput !== input || settledPack !== pack };
}
