import { canonicalJson } from '../pack-trust/canonical-json.ts';
import { toHex } from '../pack-trust/encoding.ts';
import type { RulePack } from '../pack/schema.ts';
import type { ReportInput, ReportRecord } from './record.ts';

/** SHA-256 (hex) of the canonical JSON of a record's fields, the hash itself left out. */
export async function hashOf(fields: Omit<ReportRecord, 'hash'>): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(fields));
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** Who a report goes to, from the pack: the safeguarding lead, else the manager. */
export function passedToOf(pack: RulePack): string {
  const { safeguardingLead, manager } = pack.people;
  if (safeguardingLead) return `${safeguardingLead} (safeguarding lead)`;
  if (manager) return `${manager} (manager)`;
  return 'The safeguarding lead';
}

/** Makes the record from what the person sent: a fresh id, the time, who it goes to, and the hash. */
export async function makeRecord(
  input: ReportInput,
  pack: RulePack,
  id: string,
  now: number,
): Promise<ReportRecord> {
  const fields = { ...input, id, createdAt: now, passedTo: passedToOf(pack), setting: pack.setting.name };
  return { ...fields, hash: await hashOf(fields) };
}

// Growing waits between automatic tries: 30 s, 2 min, 10 min, 30 min, then every 2 hours. A report
// is never given up on; staff can also retry at once from the popup.
const DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000];
const LONGEST_MS = 7_200_000;

export const retryDelayMs = (attempts: number): number => DELAYS_MS[attempts - 1] ?? LONGEST_MS;
