import { describe, expect, it } from 'vitest';
import { categoriesOf, dm, spanTexts, type DraftOptions } from '../../../tests/builders.ts';

// detection.md §child-info, against the invented roster of tests/builders.ts.

describe('child-info: full names count anywhere', () => {
  it.each([
    [
      'a full name with no work context',
      'Congrats to Summer Ellwood on her swimming badge!',
      'Summer Ellwood',
    ],
    ['a full name in lower case', 'happy birthday hope adebayo x', 'hope adebayo'],
    ['a full name with a “Scunthorpe” surname', 'Frankie Shittu is a superstar', 'Frankie Shittu'],
    ['a full name on another platform', 'Milo Cockburn you legend', 'Milo Cockburn'],
    ['a full name in look-alike letters', 'Ѕummer Еllwood is a star', 'Ѕummer Еllwood'],
    ['a full name with a zero-width space', 'Isaac Bren\u200bnan is a star', 'Isaac Bren\u200bnan'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('child-info');
    expect(spanTexts(text, 'child-info')).toContain(span);
  });

  it('flags a full name in a caption on Instagram', () => {
    const text = 'Poppy Vance and her amazing sunflower 🌻';
    expect(categoriesOf(text, { platform: 'instagram', surface: 'caption' })).toContain('child-info');
    expect(spanTexts(text, 'child-info', { platform: 'instagram', surface: 'caption' })).toContain(
      'Poppy Vance',
    );
  });
});

describe('child-info: first names, nicknames and initials count when tied to work', () => {
  it.each([
    ['a first name at nursery', 'Poppy had a brilliant day at nursery today', 'Poppy'],
    ['a word-name used as a name at work', 'Teddy was my little helper at snack time', 'Teddy'],
    ['a word-name mid-sentence at work', 'So proud of Hope at nursery today', 'Hope'],
    ['a nickname at work', 'Ted was an angel at nap time today', 'Ted'],
    ['a name plus initial at work', 'Isaac B settled in so well at nursery today', 'Isaac B'],
  ])('flags %s', (_label, text, span) => {
    expect(categoriesOf(text)).toContain('child-info');
    expect(spanTexts(text, 'child-info').join(' ')).toContain(span);
  });

  it.each<[string, string, DraftOptions, string]>([
    [
      'a first name sent to that child’s parent',
      'Summer left her hat behind x',
      dm('Katherine Ellwood'),
      'Summer',
    ],
    ['a first name sent to a grandparent', 'Hope was a star today', dm('Grace Adebayo'), 'Hope'],
  ])('flags %s', (_label, text, options, span) => {
    expect(categoriesOf(text, options)).toContain('child-info');
    expect(spanTexts(text, 'child-info', options)).toContain(span);
  });
});

describe('child-info: an unnamed child singled out', () => {
  it.each([
    ['age and a trait', 'The 3 year old with ginger hair in my room bit two kids today'],
    ['an allergy', 'One of my key children has a nut allergy, so scary at work today'],
    ['special needs', 'The little boy with autism in the baby room had a meltdown at nursery'],
    ['“my key child”', 'My key child cried all morning at nursery 😢'],
    ['a small set picked out by a detail', 'The triplets in the toddler room were wild at nursery today'],
  ])('flags %s', (_label, text) => {
    expect(categoriesOf(text)).toContain('child-info');
  });
});

describe('child-info: not child-info', () => {
  it.each([
    ['plural groups', 'All the kids at nursery loved the bubbles today'],
    ['unnamed children with no detail', 'The children were so good at nursery today'],
    ['a roster first name for a pet', 'Back to work tomorrow, our dog Poppy will miss me'],
    ['a roster first name for a relative', 'My nephew Oscar turns five today, then back to work'],
    ['a roster first name for a celebrity', 'Listening to Teddy Swims on the way to work'],
    ['an ordinary word: summer holidays', 'Summer holidays are over, back to work tomorrow 😭'],
    ['an ordinary word: hope', 'I hope the rota is kinder next week'],
    ['an ordinary word: teddy', 'Left my teddy bear keyring at work'],
    ['an ordinary word: poppy', 'Poppy appeal collection at work today'],
    ['a roster first name with no context', 'Poppy is such a sweetheart'],
    ['another roster first name with no context', 'Isaac was hilarious today'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('child-info');
  });
});
