import * as z from 'zod/mini';
import type { RulePack } from '../pack/schema.ts';
import { passedToOf } from './make-record.ts';

export const reportGuidanceSchema = z.object({
  passedTo: z.string(),
  setting: z.string(),
  /** How the report will travel, from the pack: a webhook, an email, or files to save. */
  delivery: z.enum(['webhook', 'email', 'file']),
  email: z.nullable(z.string()),
  points: z.array(z.string()),
});
export type ReportGuidance = z.infer<typeof reportGuidanceSchema>;

/**
 * What the form tells staff, in the policy's terms: do not engage, do not forward or save images of
 * children, and where the concern is about a colleague, use the whistleblowing route instead.
 */
export function reportGuidance(pack: RulePack): ReportGuidance {
  const { webhookUrl, email } = pack.reports;
  return {
    passedTo: passedToOf(pack),
    setting: pack.setting.name,
    delivery: webhookUrl ? 'webhook' : email ? 'email' : 'file',
    email: email ?? null,
    points: [
      'Do not reply or engage with the sender any further.',
      'Do not forward the message, and do not save or share any images of children.',
      `If your concern is about a colleague, follow ${pack.setting.name}'s whistleblowing policy and speak to ${pack.people.manager || 'the manager'} directly.`,
    ],
  };
}
