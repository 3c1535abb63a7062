import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { dated, embeddedIndex, findingsOf, TODAY } from '../helpers';

/**
 * A company given as a person's own ("Sam Altman's OpenAI"): right when the person has held a role
 * there, wrong when they lead another company and none of theirs is there. Sentences of our own.
 */
const index = embeddedIndex();
const said = (text: string): (string | undefined)[][] =>
  findingsOf(dated('2026-01-10', text), index).filter(([rule]) => rule === 'wrong-attribution');

describe("a company given as a person's own", () => {
  it('is answered with who leads it, or else who founded it, when it is not theirs', () => {
    expect(said("Dario Amodei's OpenAI is preparing a share sale.")).toEqual([
      ['wrong-attribution', 'Dario Amodei', 'Sam Altman'],
    ]);
    // (the data knows xAI's founder, not a chief executive)
    expect(said("Sam Altman's artificial intelligence startup xAI closed a new round.")).toEqual([
      ['wrong-attribution', 'Sam Altman', 'Elon Musk'],
    ]);
  });

  it('says whose the company is, by the title that makes it so', () => {
    const message = (text: string): string | undefined =>
      checkDocument(dated('2026-01-10', text), index, { today: TODAY }).findings[0]?.message;
    expect(message("Sam Altman's young startup xAI grew.")).toMatch(
      /^xAI is not Sam Altman's company: Elon Musk is its founder/,
    );
    expect(message("Dario Amodei's OpenAI grew.")).toMatch(
      /^OpenAI is not Dario Amodei's company: Sam Altman is its CEO/,
    );
  });

  it('is right for anyone who has held a role there', () => {
    expect(said("Sam Altman's OpenAI is preparing a share sale.")).toEqual([]);
    expect(said("Elon Musk's xAI closed a new round.")).toEqual([]);
  });

  it('is left alone before a noun the company qualifies, for a tie in the past, or for someone who leads nothing', () => {
    expect(said("Dario Amodei's OpenAI stake is worth more now.")).toEqual([]);
    // (the bet is his; the company is not said to be)
    expect(said("Satya Nadella's OpenAI bet paid off for Microsoft.")).toEqual([]);
    expect(said("Sam Altman's former company xAI closed a new round.")).toEqual([]);
    // (the data knows Reid Hoffman only as a co-founder of Inflection)
    expect(said("Reid Hoffman's OpenAI is preparing a share sale.")).toEqual([]);
  });
});
