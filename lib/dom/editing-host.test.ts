// @vitest-environment jsdom
// editingHostOf on the site fixtures: the editor an event happened in, from the event's real target.
import { beforeAll, describe, expect, it } from 'vitest';
import { fx, installIsContentEditable, loadFixture, marker } from '../sites/fixtures.test-helpers.ts';
import { editingHostOf } from './editing-host.ts';

// jsdom lacks HTMLElement.isContentEditable, which browsers have; see the helper.
beforeAll(installIsContentEditable);

/** The first text node under an element. */
function textIn(el: Element): Text {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  if (!(node instanceof Text)) throw new Error('no text node');
  return node;
}

describe('editingHostOf', () => {
  it.each([
    ['facebook/fixtures/feed-post-dialog.html', 'post-p3b', 'post-editor', 'a Lexical text node'],
    ['facebook/fixtures/messenger-thread.html', 'messenger-line-2', 'messenger-editor', 'a Lexical line'],
    ['x/fixtures/home.html', 'post-3b', 'post', 'a Draft.js leaf deep in a block'],
    ['x/fixtures/compose-dialog.html', 'modal-1', 'modal', 'a Draft.js leaf in the dialog'],
    ['instagram/fixtures/direct-thread.html', 'dm-2', 'dm', 'a Lexical span in Direct'],
  ])('%s: a text node in %s is in %s (%s)', (fixture, inner, host) => {
    loadFixture(fixture);
    expect(marker(editingHostOf(textIn(fx(inner))))).toBe(host);
    expect(marker(editingHostOf(fx(inner)))).toBe(host);
    expect(marker(editingHostOf(fx(host)))).toBe(host);
  });

  it('returns the outermost contenteditable when editors nest', () => {
    loadFixture('facebook/fixtures/feed-post-dialog.html');
    const inner = document.createElement('span');
    inner.setAttribute('contenteditable', 'true');
    inner.textContent = 'nested';
    fx('post-p1').append(inner);
    expect(marker(editingHostOf(textIn(inner)))).toBe('post-editor');
  });

  it('is null inside a contenteditable="false" island (a decorator node)', () => {
    loadFixture('facebook/fixtures/feed-post-dialog.html');
    const island = document.createElement('span');
    island.setAttribute('contenteditable', 'false');
    island.textContent = 'card';
    fx('post-p1').append(island);
    expect(editingHostOf(textIn(island))).toBeNull();
  });

  it.each([
    ['instagram/fixtures/comment.html', 'comment'],
    ['x/fixtures/chat.html', 'chat'],
    ['facebook/fixtures/feed-post-dialog.html', 'search'],
    ['instagram/fixtures/create-post.html', 'location'],
  ])('%s: the %s field is its own host', (fixture, field) => {
    loadFixture(fixture);
    expect(editingHostOf(fx(field))).toBe(fx(field));
  });

  it.each(['checkbox', 'radio', 'file', 'password', 'submit'])('a %s input is no editor', (type) => {
    loadFixture('instagram/fixtures/comment.html');
    const input = document.createElement('input');
    input.type = type;
    fx('comment-form').append(input);
    expect(editingHostOf(input)).toBeNull();
  });

  it.each([
    ['facebook/fixtures/feed-comment.html', 'post-a', 'a post'],
    ['facebook/fixtures/feed-comment.html', 'send-a', 'a send arrow'],
    ['facebook/fixtures/feed-comment.html', 'listbox-b', 'a mention list'],
    ['x/fixtures/chat.html', 'header', 'the X Chat header in the shadow root'],
  ])('%s: %s is no editor (%s)', (fixture, name) => {
    loadFixture(fixture);
    expect(editingHostOf(fx(name))).toBeNull();
    expect(editingHostOf(fx(name).firstChild)).toBeNull();
  });

  it('is null for no target, the document and the window', () => {
    expect(editingHostOf(null)).toBeNull();
    expect(editingHostOf(undefined)).toBeNull();
    expect(editingHostOf(document)).toBeNull();
    expect(editingHostOf(window)).toBeNull();
  });
});
