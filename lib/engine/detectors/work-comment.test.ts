import { describe, expect, it } from 'vitest';
import { categoriesOf, dm, spanTexts, type DraftOptions } from '../../../tests/builders.ts';

// detection.md §work-comment and "Unspecified work means this work".

describe('work-comment: first-person references to the job at the setting', () => {
  it.each([
    ['being on shift', "Can't wait to finish my shift and get home", 'my shift'],
    ['going back to work', 'Back to work tomorrow, 7am start 😩', 'Back to work'],
    ['the rota', "The rota for next week is out and I'm on lates again", 'rota'],
    ['pay day', 'Pay day tomorrow, treating myself 💸', 'Pay day'],
    ['the manager', 'My manager bought us all cakes today 🥰', 'My manager'],
    ['colleagues', 'Love my colleagues, honestly the best', 'my colleagues'],
    ['the children there', 'The kids at work were so funny today', 'kids at work'],
    ['the parents there', 'One of the parents brought the whole room flowers', 'One of the parents'],
    ['an inspection', 'Ofsted tomorrow, wish us luck!', 'Ofsted'],
    ['the uniform', 'Wore my work lanyard to Tesco again 🙈', 'work lanyard'],
    ['recruiting', "We're hiring! Level 3 practitioner wanted", "We're hiring"],
    ['a club of the setting', 'Breakfast club was chaos this morning', 'Breakfast club'],
  ])('flags %s', (_label, text, cue) => {
    expect(categoriesOf(text)).toContain('work-comment');
    expect(spanTexts(text, 'work-comment').join(' ')).toContain(cue);
  });

  it.each<[string, string, DraftOptions]>([
    ['a shift swap to a colleague', 'Can you cover my shift on Friday?', dm('Tamsin Wheeler')],
    ['work talk to a friend', 'Work was manic today, the toddler room was wild', dm('Lou Barker')],
    ['a reply on X', 'Another 10 hour shift done 😴', { platform: 'x', surface: 'reply' }],
  ])('flags %s on every surface', (_label, text, options) => {
    expect(categoriesOf(text, options)).toContain('work-comment');
  });

  it.each([
    ['a named child’s doings', 'Milo Cockburn finally ate all his lunch today 🥳'],
    ['a named child’s behaviour', 'Isaac Brennan bit someone again this morning'],
  ])('flags %s without any work word', (_label, text) => {
    expect(categoriesOf(text)).toContain('work-comment');
  });

  it('flags thanking a parent for something their child made', () => {
    const text = 'Thank you so much, the card Summer made me is on my fridge 💕';
    expect(categoriesOf(text, dm('Katherine Ellwood'))).toContain('work-comment');
  });
});

describe('work-comment: not work', () => {
  it.each([
    ['another job', 'My Saturday job at the garden centre is so chill'],
    ['a past employer', 'When I worked at the bank my manager was a nightmare'],
    ['a former colleague', 'Lovely catch up with my old colleagues from the bank'],
    ['a football club', 'Football club training tonight, freezing!'],
    ['a book club', 'Book club picked a thriller this month'],
    ['a gym club', 'Gym club at 6, who is coming?'],
    ['their own child’s nursery', "My son's nursery sent home a lovely card"],
    ['their own children', 'My kids were little monsters at bedtime'],
    ['keep up the good work', 'Keep up the good work, you are smashing it!'],
    ['work out as exercise', 'Going to work out before tea'],
    ['work out as solve', "Can't work out this crossword for the life of me"],
    ['working out', 'Working out every morning this month 💪'],
    ['the profession in general', 'Childcare is such an important profession'],
    ['volunteering elsewhere', 'Volunteering at the food bank this weekend'],
    ['a birthday invitation from a family', 'Thank you for the invite, we would love to come to the party!'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('work-comment');
  });

  it('does not flag a purely social exchange with a family', () => {
    const text = "Thanks for having me at Summer's party on Saturday!";
    expect(categoriesOf(text, dm('Katherine Ellwood'))).not.toContain('work-comment');
  });
});
