// @vitest-environment jsdom
// Facebook's message and comment rows (messages.ts) on fixtures/messages/*.html (sites.md §2.2, §2.4).
import { describe, expect, it } from 'vitest';
import { findGroups, findRowAt, readRow } from '../../dom/message-rows.ts';
import { fx, loadFixture } from '../fixtures.test-helpers.ts';
import { describeMessageRows, type GroupCase, type RowCase } from '../messages.test-helpers.ts';
import { FACEBOOK_ROWS, facebookComments, messengerMessages } from './messages.ts';

const THREAD = 'facebook/fixtures/messages/messenger-thread.html';
const GROUP = 'facebook/fixtures/messages/messenger-group.html';
const COMMENTS = 'facebook/fixtures/messages/feed-comments.html';
const JANE = 'https://www.facebook.com/jane.smith.5678';
const THREAD_URL = 'https://www.facebook.com/messages/t/123/';
const POST_URL = 'https://www.facebook.com/groups/sunnydays/posts/555/?__cft__=x';

const ROWS: readonly RowCase[] = [
  {
    fixture: THREAD,
    at: 'jane-1',
    row: 'jane-1',
    def: 'facebook.messenger',
    read: {
      words: 'Can you send me photos of Ava from today? Just on WhatsApp is fine',
      senderName: 'Jane Smith',
      senderProfile: JANE,
      shownTime: 'Today at 09:58',
      mine: false,
    },
    where: THREAD_URL,
  },
  {
    // The label is on an element inside the article, and the pointer is in the empty part of the row.
    fixture: THREAD,
    at: 'cell-last',
    row: 'jane-last',
    def: 'facebook.messenger',
    read: {
      words: 'Why not?? Text me on 07700 900123 😡',
      senderName: 'Jane Smith',
      senderProfile: JANE,
      shownTime: 'Today at 10:02',
      mine: false,
    },
    where: THREAD_URL,
  },
  {
    // A photo: no ": <text>" in the label, and no words in the bubble either.
    fixture: THREAD,
    at: 'jane-photo',
    row: 'jane-photo',
    def: 'facebook.messenger',
    read: {
      words: '',
      senderName: 'Jane Smith',
      senderProfile: JANE,
      shownTime: 'Today at 10:01',
      mine: false,
    },
    where: THREAD_URL,
  },
  {
    fixture: THREAD,
    at: 'mine-1-text',
    row: 'mine-1',
    def: 'facebook.messenger',
    read: {
      words: "Sorry, I can't do that here",
      senderName: '',
      senderProfile: '',
      shownTime: 'Today at 10:00',
      mine: true,
    },
    where: THREAD_URL,
  },
  {
    // A group: the header link names the group, so no sender's profile; ": " inside the words stays.
    fixture: GROUP,
    at: 'priya',
    row: 'priya',
    def: 'facebook.messenger',
    read: {
      words: 'Yes: meet at 9',
      senderName: 'Priya Shah',
      senderProfile: '',
      shownTime: 'Yesterday at 18:45',
      mine: false,
    },
    where: 'https://www.facebook.com/messages/e2ee/t/987/',
  },
  {
    fixture: COMMENTS,
    at: 'alex-text',
    row: 'alex',
    def: 'facebook.comment',
    read: {
      words: 'Can grandparents come? My mum wants to film it',
      senderName: 'Alex Brown',
      senderProfile: 'https://www.facebook.com/alex.brown.1234',
      shownTime: '2 hours ago',
      mine: false,
    },
    where: POST_URL,
  },
  {
    fixture: COMMENTS,
    at: 'jane',
    row: 'jane',
    def: 'facebook.comment',
    read: {
      words: 'Yes! Grandparents welcome',
      senderName: 'Jane Smith',
      senderProfile: JANE,
      shownTime: '1 hour ago',
      mine: false,
    },
    where: POST_URL,
  },
  {
    fixture: COMMENTS,
    at: 'priya',
    row: 'priya',
    def: 'facebook.comment',
    read: {
      words: 'Looks gorgeous!',
      senderName: 'Priya Shah',
      senderProfile: '',
      shownTime: '',
      mine: false,
    },
    where: POST_URL,
  },
];

const GROUPS: readonly GroupCase[] = [
  {
    fixture: THREAD,
    def: 'facebook.messenger',
    group: 'thread',
    received: ['jane-1', 'jane-photo', 'jane-last'],
    keyboardAfter: 'thread',
  },
  {
    fixture: GROUP,
    def: 'facebook.messenger',
    group: 'thread',
    received: ['alex', 'priya'],
    keyboardAfter: 'thread',
  },
  {
    fixture: COMMENTS,
    def: 'facebook.comment',
    group: 'post',
    received: ['alex', 'jane', 'priya'],
    keyboardAfter: 'priya',
  },
];

describeMessageRows(FACEBOOK_ROWS, ROWS, GROUPS);

describe('Facebook rows, finer points', () => {
  it('finds no message in the composer, the header or the chat list', () => {
    const page = loadFixture(THREAD);
    for (const at of ['draft']) expect(findRowAt(FACEBOOK_ROWS, fx(at), page.path)).toBeNull();
    const chats = document.querySelector('[aria-label="Chats"][role="grid"] a') as Element;
    expect(findRowAt(FACEBOOK_ROWS, chats, page.path)).toBeNull();
  });

  it('reads no messages off a thread route, and no comments on one', () => {
    loadFixture(THREAD);
    expect(findGroups(messengerMessages, document, '/')).toEqual([]);
    expect(findGroups(facebookComments, document, '/messages/t/123/')).toEqual([]);
  });

  it('takes the label over the bubble, so emoji drawn as images keep their text', () => {
    const page = loadFixture(THREAD);
    fx('jane-last-text').textContent = 'changed on screen';
    const found = findRowAt(FACEBOOK_ROWS, fx('jane-last'), page.path);
    expect(found && readRow(found, window.location.href).words).toBe('Why not?? Text me on 07700 900123 😡');
  });
});
