// @vitest-environment jsdom
// Instagram's Direct message rows and post comments (messages.ts) on fixtures/messages/*.html
// (sites.md §3.2 to §3.4).
import { describe, expect, it } from 'vitest';
import { findGroups, findRowAt, readRow } from '../../dom/message-rows.ts';
import { fx, loadFixture } from '../fixtures.test-helpers.ts';
import { describeMessageRows, type GroupCase, type RowCase } from '../messages.test-helpers.ts';
import { INSTAGRAM_ROWS, instagramComments, instagramDirectMessages } from './messages.ts';

const DIRECT = 'instagram/fixtures/messages/direct-thread.html';
const COMMENTS = 'instagram/fixtures/messages/post-comments.html';
const WHERE = 'https://www.instagram.com/direct/t/3001/';
const JANE = {
  senderName: 'Jane Smith',
  senderProfile: 'https://www.instagram.com/jane.smith/',
  mine: false,
};
const POST = 'https://www.instagram.com/p/C0ffee123/';

const ROWS: readonly RowCase[] = [
  {
    fixture: DIRECT,
    at: 'jane-1',
    row: 'jane-1',
    def: 'instagram.dm',
    read: { ...JANE, words: 'Loved the photos of the children today', shownTime: 'Thu 18:14' },
    where: WHERE,
  },
  {
    fixture: DIRECT,
    at: 'jane-last-text',
    row: 'jane-last',
    def: 'instagram.dm',
    read: { ...JANE, words: 'Could you send me the full-size ones privately? 🙏', shownTime: 'Today 09:02' },
    where: WHERE,
  },
  {
    fixture: DIRECT,
    at: 'mine-1-text',
    row: 'mine-1',
    def: 'instagram.dm',
    read: {
      words: 'Thank you! Please use the app',
      senderName: '',
      senderProfile: '',
      shownTime: 'Thu 18:14',
      mine: true,
    },
    where: WHERE,
  },
  {
    fixture: COMMENTS,
    at: 'alex-text',
    row: 'alex',
    def: 'instagram.comment',
    read: {
      words: 'Which one is yours? 😉',
      senderName: 'alex.brown',
      senderProfile: 'https://www.instagram.com/alex.brown/',
      shownTime: '5h',
      mine: false,
    },
    where: POST,
  },
  {
    // No link: the whole text is the words, and the sender is for the person to fill in.
    fixture: COMMENTS,
    at: 'plain',
    row: 'plain',
    def: 'instagram.comment',
    read: {
      words: 'priya.shah Stunning view!',
      senderName: '',
      senderProfile: '',
      shownTime: '',
      mine: false,
    },
    where: POST,
  },
];

const GROUPS: readonly GroupCase[] = [
  {
    fixture: DIRECT,
    def: 'instagram.dm',
    group: 'thread',
    received: ['jane-1', 'jane-last'],
    keyboardAfter: 'thread',
  },
  {
    fixture: COMMENTS,
    def: 'instagram.comment',
    group: 'post',
    received: ['alex', 'plain'],
    keyboardAfter: 'plain',
  },
];

describeMessageRows(INSTAGRAM_ROWS, ROWS, GROUPS);

describe('Instagram rows, finer points', () => {
  it('finds no message in the composer, and no comments in Direct', () => {
    const page = loadFixture(DIRECT);
    expect(findRowAt(INSTAGRAM_ROWS, fx('draft'), page.path)).toBeNull();
    expect(findGroups(instagramComments, document, page.path)).toEqual([]);
  });

  it('still finds the row of a thread holding a single message, and whose it is', () => {
    const page = loadFixture(DIRECT);
    for (const id of ['jane-1', 'jane-last']) fx(id).remove();
    document.querySelectorAll('[data-fx="list"] > div:not([data-fx])').forEach((el) => el.remove());
    expect(findGroups(instagramDirectMessages, document, page.path)).toHaveLength(1);
    const found = findRowAt(INSTAGRAM_ROWS, fx('mine-1-text'), page.path);
    expect(found && readRow(found, WHERE).mine).toBe(true);
  });
});
