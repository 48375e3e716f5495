import { afterAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../lib/pack/default-rules.ts';
import { parsePack } from '../../lib/pack/load-pack.ts';
import { CLI_TIMEOUT, PROFILE, runNpm, runScript, tempDir } from './cli-run.ts';

// `npm run --silent pack -- --from-profile profile.json > pack.json` (issue 2, section 2).
const tmp = tempDir();
afterAll(() => tmp.remove());

const USAGE = 'Usage: npm run --silent pack -- --from-profile profile.json > pack.json';

describe('pack --from-profile', { timeout: CLI_TIMEOUT }, () => {
  it('builds a valid pack holding the profile and the default rules (exit 0, JSON on stdout)', () => {
    const r = runScript('pack', ['--from-profile', tmp.write('good.json', JSON.stringify(PROFILE))]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pack = parsePack(JSON.parse(r.stdout));
    expect(pack.setting).toMatchObject(PROFILE.setting);
    expect(pack.setting.handles).toEqual({ facebook: [], instagram: ['hazelwood.hollow'], x: [] });
    expect(pack.setting.emails).toEqual([]);
    expect(pack.people).toEqual({ ...PROFILE.people, safeguardingLead: '', staff: [] });
    expect(pack.uniform).toBe(PROFILE.uniform);
    expect(pack.rules).toEqual(defaultRules);
    expect(pack.meta).toMatchObject({ id: 'hazelwood-hollow', version: 1, issuer: 'Rowena Pike' });
  });

  it('works as the README writes it, through npm run --silent', () => {
    const r = runNpm('pack', ['--from-profile', tmp.write('npm.json', JSON.stringify(PROFILE))]);
    expect(r.status).toBe(0);
    expect(parsePack(JSON.parse(r.stdout)).setting.name).toBe('Hazelwood Hollow');
  });

  it('treats a profile with only a setting name as complete', () => {
    const r = runScript('pack', [
      '--from-profile',
      tmp.write('min.json', '{"setting":{"name":"Hazelwood"}}'),
    ]);
    expect(r.status).toBe(0);
    const pack = parsePack(JSON.parse(r.stdout));
    expect(pack.people.children).toEqual([]);
    expect(pack.setting.relatedPlaces).toEqual([]);
  });

  it('refuses a bad profile: exit 2, nothing on stdout, and stderr names the field', () => {
    const bad = {
      ...PROFILE,
      people: {
        family: [{ name: 'Imogen Oakes', relation: 'mother', child: 'Juniper Oakes' }, { name: 'X Y' }],
      },
    };
    const r = runScript('pack', ['--from-profile', tmp.write('bad.json', JSON.stringify(bad))]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('The profile was refused');
    expect(r.stderr).toContain('people.family[1].child: is missing');
    expect(r.stderr).toContain('people.family[1].relation');
  });

  it('refuses an unknown setting field, naming it', () => {
    const bad = { setting: { ...PROFILE.setting, twitter: ['@hh'] } };
    const r = runScript('pack', ['--from-profile', tmp.write('unknown.json', JSON.stringify(bad))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('setting: unknown field(s) twitter');
  });

  it('refuses a profile that is not JSON', () => {
    const file = tmp.write('broken.json', '{"setting": ');
    const r = runScript('pack', ['--from-profile', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`The profile ${file} is not valid JSON`);
  });

  it('says clearly when the profile file does not exist', () => {
    const missing = `${tmp.dir}/no-such-profile.json`;
    const r = runScript('pack', ['--from-profile', missing]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`The profile file ${missing} does not exist.`);
  });

  it('prints the usage and exits 2 with no arguments', () => {
    const r = runScript('pack', []);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--from-profile is required');
    expect(r.stderr).toContain(USAGE);
  });

  it.each([[['--bogus']], [['profile.json']], [['--from-profile']]])(
    'prints the usage and exits 2 for the arguments %j',
    (args) => {
      const r = runScript('pack', args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(USAGE);
    },
  );

  it('prints the usage on --help and exits 0', () => {
    const r = runScript('pack', ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(USAGE);
  });
});
