import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../server/src/engine/index';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/config/settings';
import { ROOT } from '../helpers';

const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<
  string,
  { default: unknown; properties?: Record<string, unknown> }
>;

describe('settings', () => {
  it("package.json declares every server setting with the server's default", () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(properties[`factlint.${key}`], key).toBeDefined();
      expect(properties[`factlint.${key}`].default, key).toEqual(value);
    }
  });

  it('package.json lists every rule under factlint.rules', () => {
    expect(Object.keys(properties['factlint.rules'].properties ?? {}).sort()).toEqual(
      Object.keys(DEFAULT_SEVERITIES).sort(),
    );
  });

  it('falls back field by field on bad values and says which', () => {
    const { settings, problems } = readSettings({
      enable: 'yes',
      run: 'onSave',
      maxFileSize: -4,
      languages: ['markdown', 'mdx'],
      rules: { 'wrong-figure': 'off', 'no-such-rule': 'error', 'name-spelling': 'loud' },
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      run: 'onSave',
      languages: ['markdown', 'mdx'],
      rules: { 'wrong-figure': 'off' },
    });
    expect(problems).toHaveLength(4);
  });

  it('takes nothing as the defaults', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(readSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });
});
