/** The address staff typed for their setting's rule pack, checked before it is sent. */
export type PackUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const EXAMPLE = 'https://example.org/rule-pack.json';

/**
 * An https address (plain http only for localhost, for testing), as the background will fetch it.
 * Each problem says what to fix.
 */
export function checkPackUrl(typed: string): PackUrlCheck {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: `Enter the address your manager gave you, like ${EXAMPLE}` };
  if (text.length > 2000)
    return { ok: false, problem: 'This address is too long (at most 2,000 characters).' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      problem: `This is not a complete web address. It should start with https://, like ${EXAMPLE}`,
    };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return {
      ok: false,
      problem:
        'The address must start with https:// so that nobody can change the pack on its way to you (plain http:// is allowed only for localhost, for testing).',
    };
  }
  if (url.username || url.password) {
    return { ok: false, problem: 'Take the user name and password out of the address.' };
  }
  return { ok: true, url: url.href };
}
