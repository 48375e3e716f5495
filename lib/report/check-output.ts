import { z } from 'zod';
import type { Finding } from '../pack/schema.ts';
import { PLATFORMS, SURFACES } from '../pack/schema.ts';

/** One line of the test bench's input (other fields are ignored). */
export const benchInputSchema = z.object({
  id: z.union([z.string(), z.number()], 'must be a string or a number'),
  platform: z.enum(PLATFORMS),
  surface: z.enum(SURFACES),
  recipient: z.string().nullish(),
  text: z.string(),
});
export type BenchInput = z.infer<typeof benchInputSchema>;

export interface BenchFinding {
  category: string;
  ruleId: string;
  severity: string;
  start: number;
  end: number;
  message: string;
}

/** The CLI's output contract: one entry per span, in span order within each finding. */
export function flattenFindings(findings: Finding[]): BenchFinding[] {
  return findings.flatMap((f) =>
    f.spans.map((s) => ({
      category: f.category,
      ruleId: f.ruleId,
      severity: f.severity,
      start: s.start,
      end: s.end,
      message: f.message,
    })),
  );
}

/** Marks each finding's spans in the text, for people: «flagged words»[category]. */
export function markDraft(text: string, findings: Finding[]): string {
  const marks = findings
    .flatMap((f) => f.spans.map((s) => ({ ...s, category: f.category })))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = text.length + 1;
  for (const m of marks) {
    if (m.end > limit) continue; // nested or overlapping: the outer mark already shows it
    out = `${out.slice(0, m.start)}«${out.slice(m.start, m.end)}»[${m.category}]${out.slice(m.end)}`;
    limit = m.start;
  }
  return out;
}

export function prettyDraft(id: string | number, text: string, findings: Finding[]): string {
  const head = `— ${id}: ${findings.length === 0 ? 'clear' : findings.map((f) => `${f.category} (${f.severity})`).join(', ')}`;
  const lines = [head, `  ${markDraft(text, findings).replace(/\n/g, '\n  ')}`];
  for (const f of findings)
    lines.push(`  • ${f.category}: ${f.message} Matched: ${f.matched.join(', ')}. [${f.clause.id}]`);
  return lines.join('\n');
}

/** Describes why a JSON Lines input was refused, naming the field. */
export function describeInputError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
