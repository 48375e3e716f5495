// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { facebook } from '../sites/facebook/surfaces.ts';
import { x } from '../sites/x/surfaces.ts';
import { ownerOf } from './photo-owner.ts';

const PAGE = { path: '/home', lang: 'en' };

describe('ownerOf', () => {
  it('gives a photo from the X toolbar to the post box beside it, not to another composer', () => {
    document.body.innerHTML = `
      <div id="post"><div data-testid="tweetTextarea_0" contenteditable="true"></div>
        <div data-testid="toolBar"><input type="file" data-testid="fileInput">
          <button data-testid="tweetButtonInline">Post</button></div></div>
      <div id="other"><div data-testid="tweetTextarea_0" contenteditable="true"></div>
        <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div>`;
    const input = document.querySelector('input[type=file]');
    expect(ownerOf(input, x, PAGE)).toBe(document.querySelector('#post [contenteditable]'));
  });

  it("gives X Chat's shadow-root input to the chat box in its form, even before the send button exists", () => {
    document.body.innerHTML = '<div data-testid="xchatEmbedRoute"></div>';
    const shadow = document.querySelector('[data-testid="xchatEmbedRoute"]')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<form data-testid="dm-composer-form"><input type="file" data-testid="dm-composer-file-input">
      <textarea data-testid="dm-composer-textarea"></textarea></form>`;
    expect(ownerOf(shadow.querySelector('input'), x, { path: '/i/chat/4002', lang: 'en' })).toBe(
      shadow.querySelector('textarea'),
    );
  });

  it('gives a pasted or dropped photo to the editor it landed in', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Create post">
      <div data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="What's on your mind, Sam?"><p><span>hi</span></p></div>
      <div role="button" aria-label="Post">Post</div></div>`;
    const editor = document.querySelector('[data-lexical-editor]');
    expect(ownerOf(editor!.querySelector('span'), facebook, { path: '/', lang: 'en' })).toBe(editor);
  });

  it('leaves a photo from an input far from any composer to the next send on the page', () => {
    document.body.innerHTML = `<main><div><div><div data-testid="tweetTextarea_0" contenteditable="true"></div></div></div></main>
      <div><div><div><div><div><div><div><div><div><div><div><div><div><input type="file"></div></div></div></div></div></div></div></div></div></div></div></div></div>`;
    expect(ownerOf(document.querySelector('input'), x, PAGE)).toBeNull();
    expect(ownerOf(null, x, PAGE)).toBeNull();
  });
});
