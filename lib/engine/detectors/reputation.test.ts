import { describe, expect, it } from 'vitest';
import { categoriesOf, dm, hasSpanIn, type DraftOptions } from '../../../tests/builders.ts';

// detection.md §reputation: running the setting down, or admitting unsafe or unprofessional conduct.

describe('reputation: disparaging the setting and its people', () => {
  it.each([
    ['the manager', 'My manager is an absolute joke', 'absolute joke'],
    ['management', 'Management at work are clueless, as usual', 'clueless'],
    ['a colleague', 'The new girl at work is so lazy', 'lazy'],
    ['the parents', 'Some of the parents at nursery are so rude', 'rude'],
    ['the children', 'The kids at nursery are spoilt brats, honestly', 'spoilt'],
    ['the setting itself', "Ashley's House is a shambles", 'shambles'],
  ])('flags %s', (_label, text, word) => {
    expect(categoriesOf(text)).toContain('reputation');
    expect(hasSpanIn(text, 'reputation', word)).toBe(true);
  });

  it.each([
    ['an eye-roll at management', 'Another genius idea from management 🙄'],
    ['sarcasm about the manager', 'The manager cut our breaks again, love that for us'],
    ['criticism of staffing levels', 'Short staffed at work again, nobody cares'],
  ])('flags %s', (_label, text) => {
    expect(categoriesOf(text)).toContain('reputation');
  });
});

describe('reputation: admitting unsafe or unprofessional conduct at work', () => {
  it.each<[string, string, DraftOptions]>([
    ['one adult alone with more than 8 children', 'On my own with 12 toddlers all afternoon at work', {}],
    ['ratios said to be illegal', 'Our ratios were illegal again today at nursery', {}],
    ['a gate left open', 'Someone left the garden gate open at nursery again 😬', {}],
    ['a missed headcount', 'We forgot the headcount after the park trip at work, oops', {}],
    ['staff without checks', "New starter at work is doing nappies already and her DBS isn't back", {}],
    ['hungover at work', 'So hungover on shift today 🤢', {}],
    ['asleep on duty', 'I fell asleep on shift in the baby room 🙈', {}],
    ['asleep on duty, no pronoun', 'Literally fell asleep on shift today', {}],
    ['nodding off at work', 'Nodded off at nap time at work, oops', {}],
    ['filming a child on a personal phone', 'Filmed a tantrum at nursery on my phone 😂', {}],
    ['unsafe ratios told to a friend in a dm', 'Me alone with 14 kids at work today, mad', dm('Lou Barker')],
  ])('flags %s', (_label, text, options) => {
    expect(categoriesOf(text, options)).toContain('reputation');
  });

  it.each([
    ['a family splitting up', "Summer Ellwood's mum and dad are splitting up, so sad", 'splitting up'],
    ['a parent in prison', "One of my key children's dad is in prison, heard it at work", 'in prison'],
  ])('flags gossip about families: %s', (_label, text, word) => {
    expect(categoriesOf(text)).toContain('reputation');
    expect(hasSpanIn(text, 'reputation', word)).toBe(true);
  });
});

describe('reputation: not reputation', () => {
  it.each([
    ['hyperbole about a busy day', 'Absolute chaos at work today, the kids were bouncing off the walls 😂'],
    ['their own tiredness', 'So tired after my shift, bed by 8'],
    ['their own hours', 'Long shift tomorrow, 7 till 6 😴'],
    ['their own pay in the sector', 'Early years pay is a joke, we deserve better'],
    [
      'an accident handled properly',
      'A little one bumped his head at nursery, ice pack, accident form and mum told, all fine',
    ],
    ['a one-off late arrival', 'Late for work for the first time ever, traffic was mad'],
    ['a staff night out', 'Staff Christmas do was epic, so drunk 🍸🍸'],
    ['complaints about the council', 'The council are useless, still no bin collection'],
    ['complaints about the GP', 'My GP surgery is a joke, on hold for an hour'],
    ['swearing alone', 'Fucking freezing today'],
    ['praise of the manager', 'My manager is amazing, best boss ever'],
    ['a sleeping child', 'The babies all fell asleep at nap time, bliss'],
    ['their own phone off duty', 'Dropped my phone down the loo at home'],
  ])('does not flag %s', (_label, text) => {
    expect(categoriesOf(text)).not.toContain('reputation');
  });
});

describe('reputation: telling the right people, and running yourself down', () => {
  it.each([
    ['the manager', 'Bernadette Okonjo'],
    ['the safeguarding lead by a short form', 'Gaz Lyle'],
    ['the safeguarding lead', 'Gareth Lyle 🙂'],
  ])('does not flag a safety problem reported to %s in a dm', (_label, recipient) => {
    const text = 'The garden gate was left open at work again today and I was on my own with 12 toddlers';
    expect(categoriesOf(text, dm(recipient))).not.toContain('reputation');
    expect(categoriesOf(text, dm('Sophie Friend'))).toContain('reputation');
  });

  it('does not take "I\'m insufferable" as running the team down', () => {
    expect(
      categoriesOf("Our team won the staff bake off at work and I'm insufferable about it now"),
    ).not.toContain('reputation');
  });
});
