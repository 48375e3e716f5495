import { describe, expect, it } from 'vitest';
import { categoriesOf, dm, findingFor, type DraftOptions } from '../../../tests/builders.ts';

// detection.md §parent-contact. The roster's family: Katherine Ellwood, Robert Brennan, Jennifer
// Shittu, Daniel Cockburn, Grace Adebayo and Zoë Vance.

describe('parent-contact: the recipient is a listed family member', () => {
  it.each([
    ['the full name', 'Katherine Ellwood', 'Katherine Ellwood'],
    ['the full name in odd case', 'katherine ELLWOOD', 'Katherine Ellwood'],
    ['the full name with emoji', '🌸 Katherine Ellwood ✨', 'Katherine Ellwood'],
    ['the full name without its accent', 'Zoe Vance', 'Zoë Vance'],
    ['the full name in capitals with its accent', 'ZOË VANCE', 'Zoë Vance'],
    ['Kate for Katherine', 'Kate Ellwood', 'Katherine Ellwood'],
    ['Katie for Katherine', 'Katie Ellwood 💕', 'Katherine Ellwood'],
    ['Rob for Robert', 'Rob Brennan', 'Robert Brennan'],
    ['Bob for Robert', 'Bob Brennan', 'Robert Brennan'],
    ['Jen for Jennifer', 'Jen Shittu', 'Jennifer Shittu'],
    ['Dan for Daniel', 'Dan Cockburn', 'Daniel Cockburn'],
  ])('flags a dm to %s', (_label, recipient, listed) => {
    const finding = findingFor('hiya, are you free for a coffee next week?', 'parent-contact', dm(recipient));
    expect(finding?.category).toBe('parent-contact');
    expect(finding?.matched.join(' ')).toContain(listed);
  });

  it('flags whatever the message says', () => {
    expect(categoriesOf('x', dm('Robert Brennan'))).toEqual(expect.arrayContaining(['parent-contact']));
    expect(categoriesOf('🎉🎉', dm('Grace Adebayo'))).toContain('parent-contact');
  });
});

describe('parent-contact: the text shows the recipient is a parent', () => {
  it.each([
    ['asking if they are a child’s dad', "Hi, is this Isaac's dad? It's Tamsin from nursery", 'Sam Taylor'],
    [
      'introducing yourself from the nursery',
      "Hiya, it's Priti from nursery, just checking in",
      'Lou Barker',
    ],
    [
      'talking about their child at nursery',
      'Your little one had such a lovely day at nursery today',
      'Mia P',
    ],
  ])('flags %s', (_label, text, recipient) => {
    expect(categoriesOf(text, dm(recipient))).toContain('parent-contact');
  });
});

describe('parent-contact: not parent-contact', () => {
  it.each([
    ['a shared first name only', 'Katherine Jones'],
    ['a shared surname only', 'Mark Ellwood'],
    ['a first-name-only display name', 'Katherine'],
    ['a short form only', 'Rob'],
    ['a short form with another surname', 'Kate Morris'],
    ['a colleague', 'Tamsin Wheeler'],
    ['the manager', 'Bernadette Okonjo'],
    ['a friend', 'Lou Barker'],
  ])('does not flag a dm to %s', (_label, recipient) => {
    expect(categoriesOf('fancy drinks on Friday? 🍹', dm(recipient))).not.toContain('parent-contact');
  });

  it.each<[string, string, DraftOptions]>([
    [
      'a public comment addressed to a parent',
      'Thanks Katherine Ellwood, see you soon!',
      { platform: 'facebook', surface: 'comment' },
    ],
    [
      'a public reply with the parent as recipient',
      'Thank you, lovely to see you',
      { platform: 'facebook', surface: 'reply', recipient: 'Katherine Ellwood' },
    ],
    [
      'an Instagram comment to a parent',
      '@rob.brennan congrats!',
      { platform: 'instagram', surface: 'comment' },
    ],
  ])('does not flag %s', (_label, text, options) => {
    expect(categoriesOf(text, options)).not.toContain('parent-contact');
  });
});
