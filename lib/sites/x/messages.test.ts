// @vitest-environment jsdom
// X Chat's message rows (messages.ts) on fixtures/messages/*.html, inside the open shadow root
// (sites.md §1.4, §1.5, §5 P1).
import { describe, expect, it } from 'vitest';
import { findGroups, findRowAt } from '../../dom/message-rows.ts';
import { fx, loadFixture } from '../fixtures.test-helpers.ts';
import { describeMessageRows, type GroupCase, type RowCase } from '../messages.test-helpers.ts';
import { X_ROWS, xChatMessages } from './messages.ts';

const CHAT = 'x/fixtures/messages/chat.html';
const GROUP = 'x/fixtures/messages/group-chat.html';
const WHERE = 'https://x.com/i/chat/1001-2002';
const JANE = { senderName: 'Jane Smith', senderProfile: 'https://x.com/jane_smith', mine: false };

const ROWS: readonly RowCase[] = [
  {
    fixture: CHAT,
    at: 'jane-1',
    row: 'jane-1',
    def: 'x.chat',
    read: { ...JANE, words: 'Hi! Are you free Saturday?', shownTime: '09:12' },
    where: WHERE,
  },
  {
    fixture: CHAT,
    at: 'jane-last-text',
    row: 'jane-last',
    def: 'x.chat',
    read: { ...JANE, words: 'Go on, just this once.\nNobody will know 🤫', shownTime: 'Yesterday' },
    where: WHERE,
  },
  {
    // "Seen" beside the bubble is a status, not the time.
    fixture: CHAT,
    at: 'mine-1-text',
    row: 'mine-1',
    def: 'x.chat',
    read: {
      words: 'Please use the nursery app',
      senderName: '',
      senderProfile: '',
      shownTime: '09:15',
      mine: true,
    },
    where: WHERE,
  },
  {
    // A group: the row names its sender, and the header links to no one.
    fixture: GROUP,
    at: 'alex',
    row: 'alex',
    def: 'x.chat',
    read: {
      words: 'Who is bringing the cake?',
      senderName: 'Alex Brown',
      senderProfile: '',
      shownTime: 'Mon 14:05',
      mine: false,
    },
    where: 'https://x.com/i/chat/g55',
  },
];

const GROUPS: readonly GroupCase[] = [
  {
    fixture: CHAT,
    def: 'x.chat',
    group: 'thread',
    received: ['jane-1', 'jane-last'],
    keyboardAfter: 'list-container',
  },
  { fixture: GROUP, def: 'x.chat', group: 'thread', received: ['alex'], keyboardAfter: 'list-container' },
];

describeMessageRows(X_ROWS, ROWS, GROUPS);

describe('X Chat rows, finer points', () => {
  it('finds the thread only inside the shadow root, and only on /i/chat/', () => {
    const page = loadFixture(CHAT);
    expect(document.querySelector('[data-testid="dm-message-list"]')).toBeNull();
    expect(findGroups(xChatMessages, document, page.path)).toHaveLength(1);
    expect(findGroups(xChatMessages, document, '/home')).toEqual([]);
  });

  it('finds no message in the composer', () => {
    const page = loadFixture(CHAT);
    expect(findRowAt(X_ROWS, fx('draft'), page.path)).toBeNull();
  });
});
