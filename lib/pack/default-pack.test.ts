import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultPack, defaultProfile } from './default-pack.ts';
import { defaultRules } from './default-rules.ts';
import { loadPackText, parsePack } from './load-pack.ts';
import { CATEGORY_IDS } from './schema.ts';

// The staff bullets of "Staff use of social media" in shared/policy/social-networking-policy.txt,
// copied verbatim, so this test holds even where the shared folder is not checked out.
const POLICY_BULLETS = [
  'Not to name the setting they work at',
  'Not to make comments relating to their work or post pictures in work uniform',
  "Not to send private messages to any parent's/family members",
  'Direct any parent questions relating to work via social networking sites, to the manager',
  'Ensure any posts reflect their professional role in the community (e.g. no inappropriate social event photos or inappropriate comments i.e. foul language)',
  'Report any concerning comments or questions from parents to the manager/safeguarding lead',
  'Follow the staff behaviour policy',
  "Not post anything that could be construed to have any impact on the Organisation's reputation or relate to the Organisation or any children attending the Organisation in any way",
  'To follow this in conjunction with the whistle blowing policy.',
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POLICY_FILE = path.resolve(root, '../shared/policy/social-networking-policy.txt');

/** Compares policy wording ignoring whitespace, quote style and a sentence's final full stop. */
const norm = (s: string) =>
  s
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');

/** A clause may quote consecutive bullets joined as sentences ("… members. Direct any …"). */
const sentencesOf = (clause: string) => clause.split(/(?<=\.)\s+(?=[A-Z])/).map(norm);

describe('the built-in default pack (Ashley’s House)', () => {
  it('validates as a pack, both as an object and as JSON text', () => {
    expect(parsePack(defaultPack)).toEqual(defaultPack);
    expect(loadPackText(JSON.stringify(defaultPack))).toEqual(defaultPack);
    expect(defaultPack.format).toBe(1);
  });

  it('is for Ashley’s House', () => {
    expect(defaultPack.setting.name).toBe("Ashley's House");
    expect(defaultProfile.setting.name).toBe("Ashley's House");
  });

  it('has empty people lists: a manager fills them', () => {
    expect(defaultPack.people).toEqual({
      manager: '',
      safeguardingLead: '',
      staff: [],
      children: [],
      family: [],
    });
  });

  it('has a rule for each of the six categories, and no other', () => {
    expect(Object.keys(defaultPack.rules).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(defaultPack.rules).toEqual(defaultRules);
  });

  it.each(CATEGORY_IDS)('the %s rule is on, says what staff should know and quotes a clause', (id) => {
    const rule = defaultPack.rules[id];
    expect(rule.severity).not.toBe('off');
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.clause.id).toMatch(/^staff-\d+$/);
    expect(rule.clause.text.length).toBeGreaterThan(10);
    expect(rule.extraTerms).toEqual([]);
    expect(rule.allowedTerms).toEqual([]);
    expect(rule.patterns).toEqual([]);
  });

  it.each(CATEGORY_IDS)('the %s rule quotes the policy word for word', (id) => {
    const bullets = POLICY_BULLETS.map(norm);
    for (const sentence of sentencesOf(defaultPack.rules[id].clause.text)) {
      expect(bullets, `"${sentence}" is not a policy bullet`).toContain(sentence);
    }
  });

  it('quotes the clauses the detection spec ties to each category', () => {
    const quoted = (id: (typeof CATEGORY_IDS)[number]) => norm(defaultPack.rules[id].clause.text);
    expect(quoted('setting-name')).toContain(norm(POLICY_BULLETS[0] ?? ''));
    expect(quoted('work-comment')).toContain(norm(POLICY_BULLETS[1] ?? ''));
    expect(quoted('parent-contact')).toContain(norm(POLICY_BULLETS[2] ?? ''));
    expect(quoted('foul-language')).toContain('foul language');
    expect(quoted('child-info')).toContain('any children attending the Organisation');
    expect(quoted('reputation')).toContain("impact on the Organisation's reputation");
  });

  it('gives one clause id one wording', () => {
    const byId = new Map<string, Set<string>>();
    for (const id of CATEGORY_IDS) {
      const { clause } = defaultPack.rules[id];
      byId.set(clause.id, (byId.get(clause.id) ?? new Set()).add(clause.text));
    }
    for (const [clauseId, texts] of byId) expect(texts.size, clauseId).toBe(1);
  });

  it.skipIf(!existsSync(POLICY_FILE))('the copied bullets appear verbatim in the policy file', () => {
    const policy = norm(readFileSync(POLICY_FILE, 'utf8'));
    for (const bullet of POLICY_BULLETS) expect(policy).toContain(norm(bullet));
    expect(policy).toContain("Ashley's House");
  });
});
