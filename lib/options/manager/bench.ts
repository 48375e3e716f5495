import { checkForPage } from '../../guard/check-for-page.ts';
import type { RulePack } from '../../pack/schema.ts';
import type { WireFinding } from '../../protocol/schemas.ts';

// The manager's test bench: a post tried against the pack being built, checked by the same engine
// the guard runs in the background, so the findings are exactly what staff would see. Pure.

export const BENCH_SURFACES = ['post', 'comment', 'dm'] as const;
export type BenchSurface = (typeof BENCH_SURFACES)[number];

export interface BenchInput {
  text: string;
  /** Who a private message goes to; read only for `dm`. */
  recipient: string;
  surface: BenchSurface;
}

export type BenchResult =
  | { state: 'empty' }
  | { state: 'no-pack' }
  | { state: 'checked'; text: string; findings: WireFinding[] }
  | { state: 'failed'; message: string };

export const emptyBenchInput: BenchInput = { text: '', recipient: '', surface: 'post' };

export function runBench(pack: RulePack | null, input: BenchInput): BenchResult {
  if (!input.text.trim()) return { state: 'empty' };
  if (!pack) return { state: 'no-pack' };
  try {
    const recipient = input.surface === 'dm' ? input.recipient.trim() || null : null;
    const { findings } = checkForPage(pack, {
      platform: 'facebook',
      surface: input.surface,
      recipient,
      text: input.text,
    });
    return { state: 'checked', text: input.text, findings };
  } catch (error) {
    return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
