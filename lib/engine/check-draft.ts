import { draftSchema, type Category, type Draft, type Finding, type RulePack } from '../pack/schema.ts';
import { toOriginal } from '../text/fold.ts';
import { termLetters } from '../text/skeleton.ts';
import { compilePack, type CompiledPack } from './compile.ts';
import { makeContext, type DraftContext } from './context.ts';
import { findChildren } from './detectors/children.ts';
import { detectFoulLanguage } from './detectors/foul-language.ts';
import { detectParentContact, parentShown } from './detectors/parent-contact.ts';
import { detectReputation } from './detectors/reputation.ts';
import { detectSettingName, isName, namesSetting } from './detectors/setting-name.ts';
import { findWorkCues, otherWorkClauses } from './detectors/work.ts';
import { clauseOf } from './cues.ts';
import { detectWorkComment } from './detectors/work-comment.ts';
import { keepHit, mergeHits, type Hit } from './hit.ts';
import { findInSkeleton } from './match-skeleton.ts';
import { matchLead, matchRecipient } from './recipient.ts';
import { mergeSpans } from './spans.ts';
import { modelOpinion, type ModelCategory } from './model/word-model.ts';
import { findTerms } from './term-index.ts';

function detectAll(ctx: DraftContext, pack: CompiledPack): Partial<Record<Category, Hit>> {
  // Clauses about another job or club: computed once, used by the work cues, the models and reputation.
  const elsewhere = otherWorkClauses(ctx);
  const work = findWorkCues(ctx, elsewhere);
  const parents = ctx.isDm ? matchRecipient(pack.people, ctx.draft.recipient) : [];
  const parentOf = new Set(parents.flatMap((p) => (p.child ? [p.child] : [])));
  const setting = detectSettingName(ctx, pack, work);
  const children = findChildren(
    ctx,
    pack,
    work,
    parentOf,
    ctx.isDm && parentShown(ctx.text),
    setting !== undefined,
  );
  const named = children.filter((c) => c.kind !== 'unnamed');
  const colleagues = ctx.words.filter((w) => w.capital && pack.people.staffFirst.has(w.base));
  // Phrase rules first; each word model only speaks for a draft its rules let through, and not
  // where the manager has allowed a word of the draft for that category.
  const opinion = (id: ModelCategory) =>
    elsewhere.size === 0 && !allowedIn(ctx, pack, id) ? modelOpinion(id, ctx, pack.roles) : undefined;
  const workHit = detectWorkComment(ctx, work, children, setting) ?? opinion('work-comment');
  const childHit =
    children.length > 0
      ? { spans: children, matched: children.map((c) => c.text) }
      : workHit && opinion('child-info');
  const reputationHit = detectReputation(ctx, {
    // Only the setting's names point at it as a target; its address or postcode merely locates it.
    settingSpans: (setting && keepHit(setting, (_s, m) => isName(m))?.spans) ?? [],
    workTied: work.length > 0 || namesSetting(setting) || named.length > 0,
    colleagueSpans: colleagues,
    colleagueNames: pack.people.staffFirst,
    personSpans: [...colleagues, ...named],
  });
  // Running down a past employer or another club is not this setting's reputation.
  const ruled =
    reputationHit && keepHit(reputationHit, (s) => !elsewhere.has(clauseOf(ctx.clauses, s.start)));
  const aboutWork = workHit !== undefined || childHit !== undefined;
  // Telling the manager or the safeguarding lead about a problem is what the policy asks for.
  const toLead = ctx.isDm && matchLead(pack.people, ctx.draft.recipient).length > 0;
  const reputation = toLead ? undefined : (ruled ?? (aboutWork ? opinion('reputation') : undefined));
  return {
    'setting-name': setting,
    // Whatever harms the setting's reputation is, by the same token, a comment on work there.
    'work-comment': mergeHits(workHit, reputation),
    'child-info': childHit,
    'parent-contact': detectParentContact(ctx, pack, parents, work, children),
    'foul-language': detectFoulLanguage(ctx, pack.nameWords),
    reputation,
  };
}

/** Whether the draft holds one of the category's allowed terms. */
function allowedIn(ctx: DraftContext, pack: CompiledPack, id: Category): boolean {
  return pack.extras[id].allowed.some(
    (letters) => findInSkeleton(ctx.skeleton, { letters, fuzzy: false }).length > 0,
  );
}

/** The manager's extra terms and patterns for one category. */
function managerHits(ctx: DraftContext, pack: CompiledPack, id: Category): Hit | undefined {
  const extras = pack.extras[id];
  const ranges = findTerms(ctx.skeleton, extras.terms);
  for (const { source, re } of extras.patterns) {
    const m = re.matcher(ctx.text);
    while (m.find()) if (m.end() > m.start()) ranges.push({ start: m.start(), end: m.end(), text: source });
  }
  return ranges.length ? { spans: ranges, matched: ranges.map((r) => r.text) } : undefined;
}

/** Drops what lies wholly inside one of the category's allowed terms ("Summer", "Busy Bees"). */
function withoutAllowed(ctx: DraftContext, pack: CompiledPack, id: Category, hit: Hit): Hit | undefined {
  const allowed = pack.extras[id].allowed;
  if (allowed.length === 0) return hit;
  const safe = allowed.flatMap((letters) => findInSkeleton(ctx.skeleton, { letters, fuzzy: false }));
  return keepHit(hit, (s) => {
    const letters = termLetters(ctx.text.slice(s.start, s.end));
    return !(safe.some((a) => a.start <= s.start && s.end <= a.end) || allowed.includes(letters));
  });
}

/**
 * Checks one draft against a rule pack, on the device. Pure and deterministic: the same pack and
 * draft always give the same findings, and every finding says what matched and where.
 */
export function checkDraft(pack: RulePack, draft: Draft): Finding[] {
  const parsed = draftSchema.parse(draft);
  const compiled = compilePack(pack);
  const ctx = makeContext(parsed);
  const hits = detectAll(ctx, compiled);
  const findings: Finding[] = [];
  for (const [id, rule] of Object.entries(pack.rules) as [Category, RulePack['rules'][Category]][]) {
    if (rule.severity === 'off') continue;
    const merged = mergeHits(hits[id], managerHits(ctx, compiled, id));
    const hit = merged && withoutAllowed(ctx, compiled, id, merged);
    if (!hit) continue;
    const spans = mergeSpans(hit.spans.map((s) => toOriginal(ctx.folded, s.start, s.end)));
    findings.push({
      category: id,
      ruleId: id,
      severity: rule.severity,
      spans,
      message: rule.message,
      clause: rule.clause,
      matched: [...new Set(hit.matched.filter(Boolean))],
      ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
    });
  }
  return findings;
}
