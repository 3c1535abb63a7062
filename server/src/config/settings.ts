import { DEFAULT_SEVERITIES, type RuleId, type Severity } from '../engine/index';

/**
 * factlint's settings: one definition, with the defaults package.json must repeat (a test checks).
 */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  dataFiles: string[];
  useEmbeddedData: boolean;
  languages: string[];
  maxFileSize: number;
  /** problems shown per file; past it, a notice says how many were left out */
  maxProblems: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  rules: {},
  dataFiles: [],
  useEmbeddedData: true,
  languages: ['markdown'],
  maxFileSize: 2_000_000,
  maxProblems: 500,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const RULE_IDS = new Set(Object.keys(DEFAULT_SEVERITIES));

/**
 * Reads settings as an editor sends them: every field is checked on its own, and a field that is
 * missing or malformed falls back to its default (reported in `problems`) while the rest apply.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof Settings>(
    key: K,
    ok: (v: unknown) => boolean,
    expected: string,
  ): Settings[K] => {
    const v = obj[key];
    if (v === undefined || v === null) return DEFAULT_SETTINGS[key];
    if (ok(v)) return v as Settings[K];
    problems.push(`factlint.${key} must be ${expected}; using the default`);
    return DEFAULT_SETTINGS[key];
  };
  const strings = (v: unknown): boolean =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  const settings: Settings = {
    enable: pick('enable', (v) => typeof v === 'boolean', 'true or false'),
    run: pick('run', (v) => v === 'onType' || v === 'onSave', '"onType" or "onSave"'),
    rules: {},
    dataFiles: pick('dataFiles', strings, 'a list of file paths'),
    useEmbeddedData: pick('useEmbeddedData', (v) => typeof v === 'boolean', 'true or false'),
    languages: pick('languages', strings, 'a list of language ids'),
    maxFileSize: pick(
      'maxFileSize',
      (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
      'a positive number of characters',
    ),
    maxProblems: pick(
      'maxProblems',
      (v) => typeof v === 'number' && Number.isInteger(v) && v > 0,
      'a positive whole number',
    ),
  };
  const rules = obj.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [rule, severity] of Object.entries(rules as Record<string, unknown>)) {
      if (!RULE_IDS.has(rule)) problems.push(`factlint.rules: unknown rule "${rule}"`);
      else if (typeof severity !== 'string' || !SEVERITIES.has(severity))
        problems.push(`factlint.rules.${rule} must be error, warning, information, hint or off`);
      else settings.rules[rule as RuleId] = severity as Severity | 'off';
    }
  } else if (rules !== undefined && rules !== null) {
    problems.push('factlint.rules must be an object of rule ids to severities; using the defaults');
  }
  return { settings, problems };
}
