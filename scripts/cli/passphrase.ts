// The signing key's passphrase: PACK_PASSPHRASE if set, otherwise typed at the terminal unseen.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/pack-trust/encrypt-key.ts';
import { fail } from './read-file.ts';

export const PASSPHRASE_ENV = 'PACK_PASSPHRASE';

const tooShort = (passphrase: string): boolean => passphrase.length < MIN_PASSPHRASE_LENGTH;
const TOO_SHORT = `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`;

/**
 * Reads the passphrase. `confirm` (for keygen) checks its length and asks for it twice at the
 * terminal. Prompts go to stderr, so stdout stays the command's output. Exits 2 when there is no
 * way to ask.
 */
export async function readPassphrase({ confirm }: { confirm: boolean }): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) {
    if (confirm && tooShort(fromEnv)) fail(`${TOO_SHORT} (${PASSPHRASE_ENV} is shorter.)`);
    return fromEnv;
  }
  if (!process.stdin.isTTY) fail(`Set ${PASSPHRASE_ENV} or run in a terminal to type the passphrase.`);
  const prompt = hiddenPrompt();
  let passphrase: string;
  let problem: string | undefined;
  try {
    passphrase = await prompt.ask('Passphrase: ');
    if (confirm && tooShort(passphrase)) problem = TOO_SHORT;
    else if (confirm && (await prompt.ask('Repeat it: ')) !== passphrase) {
      problem = 'The two passphrases do not match.';
    }
  } finally {
    prompt.close(); // gives the terminal back its echo before anything else is printed
  }
  return problem ? fail(problem) : passphrase;
}

/** A readline prompt whose echo is muted after the question, so the answer is never shown. */
function hiddenPrompt(): { ask: (question: string) => Promise<string>; close: () => void } {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true, historySize: 0 });
  rl.on('SIGINT', () => {
    rl.close();
    process.stderr.write('\n');
    process.exit(130);
  });
  return {
    async ask(question) {
      muted = false;
      const answer = rl.question(question);
      muted = true;
      const text = await answer;
      process.stderr.write('\n');
      return text;
    },
    close: () => rl.close(),
  };
}
