import type { Acknowledgement } from '../../protocol/pack-schemas.ts';
import { canonicalJson, utf8 } from '../../pack-trust/canonical-json.ts';
import { toHex } from '../../pack-trust/encoding.ts';
import { shortFingerprint } from '../../pack-trust/keys.ts';

// "Export my confirmations": a small record a member of staff hands to their manager, saying which
// versions of the rule pack they confirmed reading. Two files with the same content: a statement
// to read and sign off, and its JSON twin with a SHA-256 of the record's canonical JSON, so the
// manager can tell whether either was edited after it was exported.
//
// The name is typed at export time and kept nowhere else: the extension collects no staff data.

export const CONFIRMATIONS_FORMAT = 'staff-social-guard/confirmations@1';
export const NAME_MAX = 100;

export interface ConfirmationEntry {
  packId: string;
  version: number;
  setting: string;
  /** The signing key's full fingerprint; null for the built-in pack. */
  fingerprint: string | null;
  /** When it was confirmed, as an ISO 8601 instant. */
  confirmedAt: string;
}

/** What the hash covers: everything in the JSON file except `sha256` itself. */
export interface ConfirmationData {
  format: typeof CONFIRMATIONS_FORMAT;
  name: string;
  exportedAt: string;
  confirmations: ConfirmationEntry[];
  /** The statement exactly as the .txt file words it (without its checksum lines). */
  statement: string;
}

export interface ConfirmationRecord {
  data: ConfirmationData;
  /** 64 lowercase hex digits: SHA-256 of canonicalJson(data). */
  sha256: string;
  /** The human-readable file. */
  text: string;
  /** The JSON twin: data plus sha256. */
  json: string;
  /** "rule-pack-confirmations-<name>-<yyyy-mm-dd>"; add ".txt" or ".json". */
  baseName: string;
}

/** A typed name, or what to fix. */
export function checkName(typed: string): { ok: true; name: string } | { ok: false; problem: string } {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, problem: 'Type your full name for the record.' };
  if (name.length > NAME_MAX)
    return { ok: false, problem: `Your name can be at most ${NAME_MAX} characters.` };
  if (/[\u0000-\u001f\u007f]/.test(name))
    return { ok: false, problem: 'Your name has a character that cannot be printed; retype it.' };
  return { ok: true, name };
}

/** "Jo O'Brien-Smith" → "jo-obrien-smith": safe in any file system. */
export function nameForFile(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'staff';
}

/** The local calendar date, yyyy-mm-dd. */
export function localDate(at: number): string {
  const date = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "25 November 2026 at 14:05 GMT", in the person's time zone. */
export const formatRecordTime = (at: number): string => whenFormat.format(at);

const possessive = (setting: string): string => `${setting}'s`;

function entryLine(entry: Acknowledgement): string {
  const key = entry.fingerprint
    ? `signing key ${shortFingerprint(entry.fingerprint)}`
    : 'built into the extension';
  return `- version ${entry.version}, confirmed on ${formatRecordTime(entry.at)} (pack "${entry.packId}", ${key})`;
}

/** The statement, grouped by setting in the order first confirmed, each setting's versions oldest first. */
function statementOf(name: string, acknowledgements: readonly Acknowledgement[], exportedAt: number): string {
  const bySetting = new Map<string, Acknowledgement[]>();
  for (const ack of [...acknowledgements].sort((a, b) => a.at - b.at)) {
    bySetting.set(ack.setting, [...(bySetting.get(ack.setting) ?? []), ack]);
  }
  const paragraphs = [...bySetting].map(([setting, acks], index) =>
    [
      `${index === 0 ? `I, ${name}, confirm` : 'I also confirm'} that I have read the following versions of ${possessive(setting)} social media rule pack:`,
      '',
      ...acks.map(entryLine),
    ].join('\n'),
  );
  return [
    'Staff Social Guard: rule pack confirmations',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    `Exported on ${formatRecordTime(exportedAt)}.`,
    '',
    'Signed: ______________________    Date: ______________',
  ].join('\n');
}

export const sha256Hex = async (text: string): Promise<string> =>
  toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text) as BufferSource)));

/** Builds both files. Throws when there is nothing to confirm or the name is unusable. */
export async function buildConfirmationRecord(input: {
  name: string;
  acknowledgements: readonly Acknowledgement[];
  exportedAt: number;
}): Promise<ConfirmationRecord> {
  const checked = checkName(input.name);
  if (!checked.ok) throw new Error(checked.problem);
  if (input.acknowledgements.length === 0) throw new Error('There are no confirmations to export yet.');
  const { name } = checked;
  const sorted = [...input.acknowledgements].sort((a, b) => a.at - b.at);
  const data: ConfirmationData = {
    format: CONFIRMATIONS_FORMAT,
    name,
    exportedAt: new Date(input.exportedAt).toISOString(),
    confirmations: sorted.map((ack) => ({
      packId: ack.packId,
      version: ack.version,
      setting: ack.setting,
      fingerprint: ack.fingerprint,
      confirmedAt: new Date(ack.at).toISOString(),
    })),
    statement: statementOf(name, sorted, input.exportedAt),
  };
  const sha256 = await sha256Hex(canonicalJson(data));
  const text = [
    data.statement,
    '',
    '---',
    `Checksum (SHA-256 of this record's data, as in the matching .json file): ${sha256}`,
    '',
  ].join('\n');
  const json = `${JSON.stringify({ ...data, sha256 }, null, 2)}\n`;
  return {
    data,
    sha256,
    text,
    json,
    baseName: `rule-pack-confirmations-${nameForFile(name)}-${localDate(input.exportedAt)}`,
  };
}

/**
 * Checks a JSON twin the way a manager would: its checksum must match its content. This shows the
 * file was not edited after export; it cannot prove who exported it (only the signature on paper
 * does that).
 */
export async function verifyConfirmationRecord(
  json: string,
): Promise<{ ok: true; data: ConfirmationData } | { ok: false; problem: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || !('sha256' in parsed) || typeof parsed.sha256 !== 'string') {
    return { ok: false, problem: 'it has no checksum' };
  }
  const { sha256, ...data } = parsed as { sha256: string } & Record<string, unknown>;
  if (data.format !== CONFIRMATIONS_FORMAT) return { ok: false, problem: 'it is not a confirmations record' };
  if ((await sha256Hex(canonicalJson(data))) !== sha256) {
    return {
      ok: false,
      problem: 'its checksum does not match its content: it was edited after it was exported',
    };
  }
  return { ok: true, data: data as unknown as ConfirmationData };
}
