import { describe, expect, it } from 'vitest';
import { checkPackUrl } from './pack-url.ts';

describe('checkPackUrl', () => {
  it.each([
    ['https://packs.example.org/little-acorns.json', 'https://packs.example.org/little-acorns.json'],
    ['  https://Example.org/pack.json  ', 'https://example.org/pack.json'],
    ['http://localhost:8080/pack.json', 'http://localhost:8080/pack.json'],
    ['http://127.0.0.1/pack.json', 'http://127.0.0.1/pack.json'],
  ])('accepts %j', (typed, url) => {
    expect(checkPackUrl(typed)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /^Enter the address your manager gave you/],
    ['   ', /^Enter the address/],
    ['example.org/pack.json', /not a complete web address.*https:\/\//],
    ['http://example.org/pack.json', /must start with https:\/\/.*only for localhost/],
    ['http://localhost.example.org/pack.json', /must start with https:\/\//],
    ['ftp://example.org/pack.json', /must start with https:\/\//],
    ['file:///home/me/pack.json', /must start with https:\/\//],
    ['javascript:alert(1)', /must start with https:\/\//],
    ['https://me:secret@example.org/pack.json', /user name and password/],
    [`https://example.org/${'a'.repeat(2000)}`, /too long/],
  ])('refuses %j and says what to fix', (typed, problem) => {
    const checked = checkPackUrl(typed);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(problem);
  });
});
