import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/engine/check-draft.ts';
import { buildPackFromProfile } from '../../lib/pack/build-pack.ts';
import type { Draft, RulePack } from '../../lib/pack/schema.ts';
import { flattenFindings } from '../../lib/report/check-output.ts';
import { CLI_TIMEOUT, PROFILE, runNpm, runScript, tempDir } from './cli-run.ts';

// `npm run --silent check -- --pack pack.json [drafts.jsonl]` (issue 2, section 4), to the letter.
type Input = Partial<Draft> & { id?: unknown; [extra: string]: unknown };
const GOOD: Input[] = [
  { id: 'swear', platform: 'facebook', surface: 'post', text: 'Honestly 😀 what a shit day.' },
  { id: 2, platform: 'x', surface: 'post', text: 'Loving my new job at Hazelwood Hollow!', mood: 'happy' },
  { id: 'dm', platform: 'instagram', surface: 'dm', recipient: 'Imogen Oakes', text: 'See you Saturday' },
  { id: 'child', platform: 'facebook', surface: 'comment', text: 'Juniper Oakes was a star today' },
  {
    id: 'clean',
    platform: 'x',
    surface: 'reply',
    recipient: null,
    text: 'Lovely sunny afternoon at the beach',
  },
  { id: 'two', platform: 'x', surface: 'post', text: 'Call 01632960123 or visit, ZX94QT. Shit!' },
];
const json = (i: number) => JSON.stringify(GOOD[i]);
/** The input, with blank lines, bad lines between good ones, and extra fields. */
const LINES = [
  json(0),
  '',
  json(1),
  'not json',
  json(2),
  JSON.stringify({ id: 'platform', platform: 'myspace', surface: 'post', text: 'hi' }),
  '   ',
  JSON.stringify({ id: 'no-text', platform: 'x', surface: 'post' }),
  json(3),
  JSON.stringify({ platform: 'x', surface: 'post', text: 'no id' }),
  JSON.stringify({ id: 'surface', platform: 'x', surface: 'story', text: 'hi' }),
  json(4),
  json(5),
];
const INPUT = `${LINES.join('\n')}\n`;
const EXPECTED_IDS = [
  'swear',
  2,
  null,
  'dm',
  'platform',
  'no-text',
  'child',
  null,
  'surface',
  'clean',
  'two',
];
const FINDING_KEYS = ['category', 'ruleId', 'severity', 'start', 'end', 'message'];

type Line = { id: unknown; findings?: Record<string, unknown>[]; error?: string };
const linesOf = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter((l, i, all) => l !== '' || i < all.length - 1)
    .map((l) => JSON.parse(l) as Line);

const tmp = tempDir();
let pack: RulePack;
let packFile: string;
let draftsFile: string;
let fromFile: { status: number | null; stdout: string; stderr: string };
let out: Line[];
const byId = (id: unknown) => out.find((l) => l.id === id);
/** The flagged text under each output entry of a category. */
const flagged = (id: unknown, category: string) => {
  const text = GOOD.find((d) => d.id === id)?.text ?? '';
  return (byId(id)?.findings ?? [])
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start as number, f.end as number));
};

beforeAll(() => {
  pack = buildPackFromProfile(PROFILE, '2026-02-01');
  packFile = tmp.write('pack.json', JSON.stringify(pack));
  draftsFile = tmp.write('drafts.jsonl', INPUT);
  fromFile = runScript('check', ['--pack', packFile, draftsFile]);
  out = linesOf(fromFile.stdout);
}, CLI_TIMEOUT);
afterAll(() => tmp.remove());

describe('check --pack pack.json drafts.jsonl', { timeout: CLI_TIMEOUT }, () => {
  it('exits 0 with nothing on stderr', () => {
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
  });

  it('writes one line per non-blank input line, in input order', () => {
    expect(out.map((l) => l.id)).toEqual(EXPECTED_IDS);
    expect(fromFile.stdout.endsWith('\n')).toBe(true);
  });

  it('writes {id, findings} with exactly the contract’s keys, one entry per span', () => {
    for (const line of out.filter((l) => !('error' in l))) {
      expect(Object.keys(line)).toEqual(['id', 'findings']);
      for (const f of line.findings ?? []) {
        expect(Object.keys(f)).toEqual(FINDING_KEYS);
        expect(f.start).toBeTypeOf('number');
        expect(f.end as number).toBeGreaterThan(f.start as number);
      }
    }
  });

  it('agrees with checkDraft, with each finding flattened to one entry per span', () => {
    for (const draft of GOOD) {
      const { id, platform, surface, recipient, text } = draft as Draft & { id: string | number };
      const expected = flattenFindings(
        checkDraft(pack, { platform, surface, text, ...(recipient ? { recipient } : {}) }),
      );
      expect(byId(id), String(id)).toEqual({ id, findings: expected });
    }
  });

  it('gives offsets into the input text: each slice is the flagged words', () => {
    expect(flagged('swear', 'foul-language')).toEqual(['shit']); // after an emoji: UTF-16 offsets
    expect(flagged(2, 'setting-name')).toEqual(['Hazelwood Hollow']);
    expect(flagged('child', 'child-info')).toEqual(['Juniper Oakes']);
    expect(flagged('two', 'setting-name')).toEqual(['01632960123', 'ZX94QT']);
    expect(flagged('two', 'foul-language')).toEqual(['Shit']);
    expect(byId('dm')?.findings?.map((f) => [f.category, f.severity])).toContainEqual([
      'parent-contact',
      'confirm',
    ]);
    expect(byId('clean')).toEqual({ id: 'clean', findings: [] });
  });

  it('reports the rule’s id, severity and message', () => {
    const swear = byId('swear')?.findings?.[0];
    expect(swear).toEqual({
      category: 'foul-language',
      ruleId: 'foul-language',
      severity: 'warn',
      start: 19, // "Honestly " 9, the emoji 2 UTF-16 units, " what a " 8
      end: 23,
      message: pack.rules['foul-language'].message,
    });
  });

  it('ignores extra input fields (a numeric id stays a number)', () => {
    expect(byId(2)?.findings?.length).toBeGreaterThan(0);
  });

  it.each([
    [2, /line 4 is not valid JSON/],
    [4, /platform: .*"facebook"\|"instagram"\|"x"/],
    [5, /^text: /],
    [7, /^id: /],
    [8, /^surface: /],
  ])('turns bad line #%i into {id, error} and carries on', (at, why) => {
    const line = out[at];
    expect(Object.keys(line ?? {})).toEqual(['id', 'error']);
    expect(line?.id).toBe(EXPECTED_IDS[at]);
    expect(line?.error).toMatch(why);
  });
});

describe('check: other ways in and out', { timeout: CLI_TIMEOUT }, () => {
  it('reads stdin when no file is given, with the same output', () => {
    const r = runScript('check', ['--pack', packFile], INPUT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fromFile.stdout);
  });

  it('reads Windows line endings and a last line without a newline', () => {
    const r = runScript('check', ['--pack', packFile], LINES.join('\r\n'));
    expect(r.stdout).toBe(fromFile.stdout);
  });

  it('works as the README writes it, through npm run --silent', () => {
    const r = runNpm('check', ['--pack', packFile], `${json(0)}\n`);
    expect(r.status).toBe(0);
    expect(linesOf(r.stdout)).toEqual([out[0]]);
  });

  it('writes nothing for empty input', () => {
    const r = runScript('check', ['--pack', packFile], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('--pretty prints each draft with its matches marked, for people', () => {
    const r = runScript('check', ['--pack', packFile, '--pretty', draftsFile]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('— swear: foul-language (warn)');
    expect(r.stdout).toContain('Honestly 😀 what a «shit»[foul-language] day.');
    expect(r.stdout).toContain('Loving my «new job»[work-comment] at «Hazelwood Hollow»[setting-name]!');
    expect(r.stdout).toContain('Call «01632960123»[setting-name] or visit, «ZX94QT»[setting-name]. «Shit»');
    expect(r.stdout).toContain('— clean: clear');
    expect(r.stdout).toContain('• foul-language: This uses foul language. Matched: shit. [staff-5]');
    expect(r.stdout).toContain('{"id":"platform","error":');
  });
});

describe('check: refusals exit 2 with a clear message', { timeout: CLI_TIMEOUT }, () => {
  const broken = (change: (p: RulePack & Record<string, unknown>) => void) => {
    const p = structuredClone(pack) as RulePack & Record<string, unknown>;
    change(p);
    return JSON.stringify(p);
  };

  it.each([
    [
      'a bad severity',
      () => broken((p) => (p.rules.reputation.severity = 'loud' as 'off')),
      'rules.reputation.severity',
    ],
    ['an unknown format', () => broken((p) => (p.format = 2 as 1)), 'format: format 2 is unknown'],
    [
      'a bad pattern',
      () => broken((p) => (p.rules['work-comment'].patterns = ['(a'])),
      'rules.work-comment.patterns[0]',
    ],
    ['an unknown field', () => broken((p) => (p.colour = 'red')), 'unknown field(s) colour'],
    ['text that is not JSON', () => '{"format":', 'not valid JSON'],
    [
      'a pack over 1 MB',
      () => broken((p) => (p.uniform = ' '.repeat(1_000_000))),
      'at most 1000000 bytes (1 MB)',
    ],
  ])('a pack with %s, naming the field', (_what, make, expected) => {
    const r = runScript('check', ['--pack', tmp.write('bad-pack.json', make()), draftsFile]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('The rule pack was refused');
    expect(r.stderr).toContain(expected);
  });

  it('a missing pack file', () => {
    const r = runScript('check', ['--pack', `${tmp.dir}/none.json`], INPUT);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`The pack file ${tmp.dir}/none.json does not exist.`);
  });

  it('a missing drafts file', () => {
    const r = runScript('check', ['--pack', packFile, `${tmp.dir}/none.jsonl`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Could not read ${tmp.dir}/none.jsonl`);
  });

  it('no --pack: the usage', () => {
    const r = runScript('check', [draftsFile]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--pack is required');
    expect(r.stderr).toContain('Usage: npm run --silent check -- --pack pack.json [drafts.jsonl] [--pretty]');
  });
});
