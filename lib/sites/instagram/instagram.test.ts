// @vitest-environment jsdom
// The Instagram adapter's finer points, on the fixtures in ./fixtures (shared/notes/sites.md §3).
// The table-driven contract for every fixture editor is in contract.test.ts.
import { describe, expect, it } from 'vitest';
import { fx, loadFixture, marker } from '../fixtures.test-helpers.ts';
import { readRecipient } from '../read-recipient.ts';
import { editorForControl, sendControlsOf, surfaceOf } from '../resolve-surface.ts';
import type { SurfaceDef } from '../site.ts';
import { instagram } from './surfaces.ts';

const surface = (id: string) => instagram.surfaces.find((s) => s.id === id) as SurfaceDef;
const dm = surface('instagram.dm');

describe('Instagram Direct (§3.3)', () => {
  it.each([
    ['/direct/t/3001/', 'instagram.dm'],
    ['/direct/inbox/', 'instagram.dm'],
    ['/', 'instagram.other'],
    ['/sunnydaysnursery/', 'instagram.other'],
  ])('the composer at %s is %s', (path, id) => {
    loadFixture('instagram/fixtures/direct-thread.html');
    expect(surfaceOf(fx('dm'), instagram, { path, lang: 'en' })?.id).toBe(id);
  });

  it('reads the name from the thread header, not its wrapper or the inbox row', () => {
    loadFixture('instagram/fixtures/direct-thread.html');
    fx('header').insertAdjacentHTML('beforeend', '<div><span>Active 2h ago</span></div>');
    expect(readRecipient(fx('dm'), dm, 'en')).toBe('Jane Smith');
  });

  it('falls back to the conversation label, then to none', () => {
    loadFixture('instagram/fixtures/direct-thread.html');
    fx('header').remove();
    expect(readRecipient(fx('dm'), dm, 'en')).toBe('Jane Smith');
    document.querySelector('[aria-label^="Conversation with "]')?.removeAttribute('aria-label');
    expect(readRecipient(fx('dm'), dm, 'en')).toBeNull();
  });

  it('has no send control until "Send" appears with text', () => {
    const page = loadFixture('instagram/fixtures/direct-thread.html');
    fx('send').remove();
    expect(sendControlsOf(fx('dm'), dm, page.lang)).toEqual([]);
  });

  it('matches "Send" by its whole text only', () => {
    const page = loadFixture('instagram/fixtures/direct-thread.html');
    fx('send').textContent = 'Send a voice clip';
    expect(sendControlsOf(fx('dm'), dm, page.lang)).toEqual([]);
  });
});

describe('Instagram caption and comment (§3.1, §3.2)', () => {
  it('"Share" in the Create new post dialog sends the caption', () => {
    const page = loadFixture('instagram/fixtures/create-post.html');
    expect(marker(editorForControl(fx('share'), instagram, page, null)?.editor)).toBe('caption');
  });

  it('reads "Udostępnij" as Share on a Polish page', () => {
    loadFixture('instagram/fixtures/create-post.html');
    fx('share').textContent = 'Udostępnij';
    expect(sendControlsOf(fx('caption'), surface('instagram.caption'), 'pl').map(marker)).toEqual(['share']);
    expect(sendControlsOf(fx('caption'), surface('instagram.caption'), 'en')).toEqual([]);
  });

  it('the comment form\'s "Post" sends the comment, and nothing else does', () => {
    const page = loadFixture('instagram/fixtures/comment.html');
    expect(marker(editorForControl(fx('post'), instagram, page, null)?.editor)).toBe('comment');
    expect(surfaceOf(fx('comment'), instagram, page)?.keys).toEqual(['Enter']);
  });

  // A post opened from a profile grid shows in a [role="dialog"] (an inference: the modal is not in
  // sites.md). Its comment box must still be a comment, with Enter and "Post" checked.
  it('a comment box in a post opened as a dialog is still a comment', () => {
    const page = loadFixture('instagram/fixtures/comment.html');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const article = document.querySelector('article') as Element;
    article.replaceWith(dialog);
    dialog.append(article);
    expect(surfaceOf(fx('comment'), instagram, page)?.id).toBe('instagram.comment');
  });
});
