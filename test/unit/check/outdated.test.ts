import { describe, expect, it } from 'vitest';
import { findingsOf, fixtureIndex } from '../../helpers';

// outdated-figure: a superseded value stated as current
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it("dates a figure by its own date, not by another figure's", () => {
    // "in 2023" dates the $80 billion, not the $157 billion said to be current
    expect(check('Acme is currently valued at $157 billion, up from $80 billion in 2023.')).toEqual(
      [['outdated-figure', '$157 billion', '$500 billion']],
    );
    expect(check('Acme was valued at $157 billion in October 2024.')).toEqual([]);
  });

  it('calls a superseded value outdated only when the text speaks of now', () => {
    expect(check('Acme is now valued at $157 billion.')).toEqual([
      ['outdated-figure', '$157 billion', '$500 billion'],
    ]);
    expect(check('In October 2024 Acme was valued at $157 billion.')).toEqual([]);
    // a bound ("up to") does not state the current value
    expect(
      check(
        'Acme is now valued at $157 billion, and a listing might value it at up to $600 billion.',
      ),
    ).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    // words only the old value has name it, whatever "latest" says
    expect(check('Zeta Lab is now valued at $4 billion.')).toEqual([
      ['outdated-figure', '$4 billion', '$9 billion'],
    ]);
    expect(
      check('In its latest news, Zeta Lab recalled that its Series B valued it at $4 billion.'),
    ).toEqual([]);
    // a date in an earlier sentence does not date one that says "currently"
    expect(
      check('Acme AI hired 200 people in October 2024. It is currently valued at $157 billion.'),
    ).toEqual([['outdated-figure', '$157 billion', '$500 billion']]);
    // in a dated draft, "now" is the draft's day: a value reported later was not yet current
    expect(check('---\ndate: 2025-01-15\n---\nAcme is now valued at $157 billion.')).toEqual([]);
    expect(check('---\ndate: 2025-11-15\n---\nAcme is now valued at $157 billion.')).toEqual([
      ['outdated-figure', '$157 billion', '$500 billion'],
    ]);
  });
});
