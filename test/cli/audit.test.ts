import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/src/cli/run';
import { dataFilesIn } from '../../server/src/data/load';
import { isCopy, outletOf } from '../../server/src/data/audit';
import { hostOf } from '../../server/src/engine/reference/primary';
import { ROOT, TODAY } from '../helpers';

const AUDIT_FIXTURE = resolve(ROOT, 'test/fixtures/audit/sources.yaml');

/** Runs the CLI in-process in an empty folder. */
function cli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: () => '',
    today: TODAY,
    version: '9.9.9',
    cwd: mkdtempSync(join(tmpdir(), 'factlint-audit-')),
    isTTY: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const auditJson = (...extra: string[]) => {
  const r = cli([
    'data',
    'audit',
    '--format',
    'json',
    '--no-embedded-data',
    '--data',
    AUDIT_FIXTURE,
    ...extra,
  ]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe('factlint data audit', () => {
  it('counts primary sources and independent outlets, not the status a file claims', () => {
    const a = auditJson();
    expect([a.entities, a.facts, a.sources]).toEqual([2, 11, 16]);
    // primary: the investor-relations page, the SEC filing and the release reproduced whole (not
    // the filing's summary); two outlets: Reuters + Bloomberg, CNBC + Axios, SEC + Zacks
    expect(a.corroborated).toEqual({ facts: 5, percent: 45.5, withPrimary: 3, withTwoOutlets: 3 });
    // two copies of one Reuters story, and a copy beside the outlet it cites, are one outlet each
    expect(a.singleSource.ids).toEqual([
      'gamma-beta-2026-term',
      'gamma-capex-2025',
      'gamma-valuation-2024',
      'gamma-users',
      'gamma-headcount',
      'gamma-revenue-q3',
    ]);
    expect(a.singleSource.percent).toBe(54.5);
    expect(a.overstated).toEqual(['gamma-beta-2026-term']);
    expect(a.copiesOnly).toEqual(['gamma-beta-2026-term', 'gamma-revenue-q3']);
    expect(a.conflicting.ids).toEqual(['gamma-headcount']);
    expect(a.also).toEqual({
      facts: 1,
      ids: ['gamma-headcount'],
      singleSource: ['gamma-headcount'],
      unexplained: ['gamma-headcount'],
      explained: [],
    });
    expect(a.undated).toEqual(['gamma-valuation-2026']);
  });

  it('finds time-varying facts whose newest source is older than --stale-days, leaving superseded ones', () => {
    expect(auditJson().stale).toEqual([
      { id: 'gamma-users', property: 'users', newestSource: '2025-01-15' },
      { id: 'gamma-backlog-q1', property: 'backlog', newestSource: '2026-05-06' },
    ]);
    expect(auditJson('--stale-days', '365').stale.map((s: { id: string }) => s.id)).toEqual([
      'gamma-users',
    ]);
    // a source dated 2026-06 may be from 30 June: 149 days before 2026-11-26, not 178
    expect(auditJson('--stale-days', '160').stale.map((s: { id: string }) => s.id)).not.toContain(
      'gamma-valuation-2026',
    );
    expect(auditJson('--stale-days', '140').stale.map((s: { id: string }) => s.id)).toContain(
      'gamma-valuation-2026',
    );
  });

  it('lists citations per publisher, marking copies and aggregators', () => {
    const a = auditJson();
    expect(a.publishers.slice(0, 3)).toEqual([
      { publisher: 'Example', citations: 3, copy: false },
      { publisher: 'Bloomberg', citations: 2, copy: false },
      { publisher: 'Reuters (via CNA)', citations: 2, copy: true },
    ]);
    expect(a.publishers.find((p: { publisher: string }) => p.publisher === 'AI Wiki')).toEqual({
      publisher: 'AI Wiki',
      citations: 1,
      copy: true,
    });
  });

  it('prints a readable report', () => {
    const r = cli(['data', 'audit', '--no-embedded-data', '--data', AUDIT_FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 entities, 11 facts, 16 sources (audited 2026-11-26)');
    expect(r.out).toMatch(
      /corroborated +5 facts \(45\.5%\): a primary source 3 \(27\.3%\), two or more independent outlets 3 \(27\.3%\)/,
    );
    expect(r.out).toMatch(/single source +6 facts \(54\.5%\)/);
    expect(r.out).toContain('stale (2):\n  gamma-users  users, newest source 2025-01-15');
  });

  it("lists only the facts the data's own notes do not explain, and counts the others", () => {
    const a = auditJson();
    expect(a.singleSource.explained).toEqual(['gamma-headcount']);
    expect(a.singleSource.unexplained).not.toContain('gamma-headcount');
    expect(a.singleSource.ids).toContain('gamma-headcount');
    const r = cli(['data', 'audit', '--no-embedded-data', '--data', AUDIT_FIXTURE]);
    expect(r.out).toContain("single source (5; 1 more explained in the data's notes):");
    expect(r.out.split('single source (5')[1]).not.toContain('gamma-headcount');
    expect(r.out).toMatch(/explained +1 facts carry notes/);
  });

  it('refuses an audit note for a list the audit does not have, or one that says nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-notes-'));
    const file = join(dir, 'notes.yaml');
    const fact = (notes: string): string =>
      'entities:\n  - { id: delta, name: Delta Labs, kind: company }\nfacts:\n' +
      '  - id: delta-users\n    subject: delta\n    property: users\n' +
      '    value: { count: 5, noun: users }\n    as_of: 2026-01\n    status: single-source\n' +
      '    sources:\n      - { url: https://example.com/d, publisher: Example, date: 2026-01-02, says: Five. }\n' +
      `    audit_notes: ${notes}\n`;
    writeFileSync(file, fact('{ obscure: Nobody else has written about this company. }'));
    let r = cli(['data', '--no-embedded-data', '--data', file]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/notes\.yaml:\d+:\d+: audit list must be one of single-source, stale/);
    writeFileSync(file, fact('{ stale: ok }'));
    r = cli(['data', '--no-embedded-data', '--data', file]);
    expect(r.out).toMatch(/an audit note must say why, in a sentence/);
  });

  it('audits the engine fixtures: every fact there has one outlet', () => {
    const data = dataFilesIn(resolve(ROOT, 'test/fixtures/data')).flatMap((f) => ['--data', f]);
    const r = cli(['data', 'audit', '--format', 'json', '--no-embedded-data', ...data]);
    const a = JSON.parse(r.out);
    expect([
      a.entities,
      a.facts,
      a.corroborated.facts,
      a.singleSource.facts,
      a.conflicting.facts,
    ]).toEqual([31, 35, 0, 35, 1]);
  });

  it('audits the embedded data with consistent shares', () => {
    const r = cli(['data', 'audit', '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.corroborated.facts + a.singleSource.facts).toBe(a.facts);
    expect(a.corroborated.withPrimary).toBeGreaterThan(0);
  });

  it('names the outlet a copy comes from', () => {
    const s = (publisher: string) =>
      outletOf({ url: 'https://x.example', publisher, date: null, says: '' });
    expect(s('Reuters (via CNA)')).toBe('reuters');
    expect(s('Bloomberg, via NDTV Profit')).toBe('bloomberg');
    expect(s('PANews, via MEXC (citing The Wall Street Journal)')).toBe('wall street journal');
    expect(s('MEXC / PANews (citing WSJ)')).toBe('wsj');
    expect(s('Nasdaq / Zacks')).toBe('zacks');
    expect(s('NewsSummedUp (summary of WSJ)')).toBe('wsj');
    expect(s('Cosmico (rewriting TechCrunch)')).toBe('techcrunch');
    expect(s('The Verge')).toBe('verge');
  });

  it('takes a label that says "via" another site, in brackets or after a comma, for a copy', () => {
    const copy = (publisher: string) =>
      isCopy({ url: 'https://x.example', publisher, date: null, says: '' });
    expect(copy('Reuters (via CNA)')).toBe(true);
    expect(copy('Bloomberg, via NDTV Profit')).toBe(true);
    expect(copy('Viasat Today')).toBe(false);
  });

  it("reads a source's host as a browser would", () => {
    expect(hostOf('https://WWW.SEC.gov/Archives/x.htm')).toBe('sec.gov');
    expect(hostOf('https://ir.example.com:8443/q3?x=1')).toBe('ir.example.com');
    expect(hostOf('http://reader@news.example.org#top')).toBe('news.example.org');
    expect(hostOf('sec.gov/filing')).toBe('');
    expect(hostOf('not a url')).toBe('');
  });

  it('refuses files and bad numbers', () => {
    expect(cli(['data', 'audit', 'a.md']).code).toBe(2);
    expect(cli(['data', 'audit', '--stale-days', 'soon']).code).toBe(2);
  });
});
