import { describe, expect, it } from 'vitest';
import { CheckCache, checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, findingsOf, fixtureIndex, TODAY } from '../helpers';

const embedded = embeddedIndex();
const fixture = fixtureIndex();
const spelling = (text: string, index = embedded) =>
  findingsOf(text, index).filter(([rule]) => rule === 'name-spelling');

describe('the name-spelling fix', () => {
  it('keeps a possessive whose apostrophe was dropped', () => {
    expect(spelling('CoreWeaves revenue grew fast.')).toEqual([
      ['name-spelling', 'CoreWeaves', "CoreWeave's"],
    ]);
    expect(spelling('Antropics revenue grew fast.')).toEqual([
      ['name-spelling', 'Antropics', "Anthropic's"],
    ]);
    expect(spelling('DuoCorps revenue grew fast.', fixture)).toEqual([
      ['name-spelling', 'DuoCorps', "DuoCorp's"],
    ]);
  });

  it('puts back the space of a name run together with the word after it', () => {
    expect(spelling('Inflectionis moving its staff to Microsoft.')).toEqual([
      ['name-spelling', 'Inflectionis', 'Inflection is'],
    ]);
    const [finding] = checkDocument('Inflectionis moving on.', embedded, { today: TODAY }).findings;
    expect(finding.message).toBe('"Inflectionis" runs two words together: "Inflection is".');
  });

  it('writes the apostrophe the paragraph uses', () => {
    expect(spelling('CoreWeaves revenue beat OpenAI’s.')).toEqual([
      ['name-spelling', 'CoreWeaves', 'CoreWeave’s'],
    ]);
  });

  it('leaves a written possessive outside the fix, and other slips as they were', () => {
    expect(spelling("Open AI's revenue grew.")).toEqual([['name-spelling', 'Open AI', 'OpenAI']]);
    expect(spelling('Nvida sells chips.')).toEqual([['name-spelling', 'Nvida', 'Nvidia']]);
    expect(spelling('Antropic grew fast.')).toEqual([['name-spelling', 'Antropic', 'Anthropic']]);
  });

  it('ends a name at a possessive: the word after it is not the name going on', () => {
    // "Inflection AI" is a name; "Inflection's AI models" are the company's models
    expect(spelling("Microsoft licensed Inflection's AI models.")).toEqual([]);
    expect(spelling('Microsoft licensed Inflection’s AI models.')).toEqual([]);
    expect(spelling('Microsoft licensed Infletcion AI models.')).toEqual([
      ['name-spelling', 'Infletcion AI', 'Inflection AI'],
    ]);
  });
});

describe('the spelling a fix gives', () => {
  it('is the form nearest to what was written: a surname for a surname', () => {
    expect(spelling('Zuckerburg said so.')).toEqual([
      ['name-spelling', 'Zuckerburg', 'Zuckerberg'],
    ]);
    expect(spelling('Mark Zuckerburg said so.')).toEqual([
      ['name-spelling', 'Mark Zuckerburg', 'Mark Zuckerberg'],
    ]);
  });

  it('takes the case the document writes the name in elsewhere', () => {
    const text = 'NVIDIA sells chips.\n\nNvidea sells more.\n\nNVIDIA and Nvidia agree.';
    expect(spelling(text)).toEqual([['name-spelling', 'Nvidea', 'NVIDIA']]);
    expect(spelling('Nvidea sells chips.')).toEqual([['name-spelling', 'Nvidea', 'Nvidia']]);
  });

  it('finds a known slip written in capitals, and fixes it in capitals', () => {
    expect(spelling('Clouds lean on partners such as NVIDEA for chips.')).toEqual([
      ['name-spelling', 'NVIDEA', 'NVIDIA'],
    ]);
    expect(spelling('WHY ANTROPIC WON THE QUARTER')).toEqual([
      ['name-spelling', 'ANTROPIC', 'ANTHROPIC'],
    ]);
    // a slip of case only is the name in capitals; a slip of two words in capitals may be words
    expect(spelling('CHATGPT AND SPACEX LEAD. THE CASE FOR OPEN AI.')).toEqual([]);
  });

  it('changes when an edit in another chunk changes how the document writes the name', () => {
    const cache = new CheckCache();
    const slip = 'Nvidea sells chips.\n';
    const fixes = (text: string): string[] =>
      checkDocument(text, embedded, { today: TODAY, cache }).findings.flatMap((f) =>
        (f.fixes ?? []).flatMap((x) => x.edits.map((e) => e.newText)),
      );
    expect(fixes(`${slip}\n# Later\n\nChips grew.\n`)).toEqual(['Nvidia']);
    expect(fixes(`${slip}\n# Later\n\nNVIDIA grew.\n`)).toEqual(['NVIDIA']);
    expect(fixes(`${slip}\n# Later\n\nChips grew.\n`)).toEqual(['Nvidia']);
  });
});

describe('a surname misspelt alone', () => {
  it('is a slip of the person the document names elsewhere', () => {
    const text =
      'Adam Selipsky ran AWS for three years.\n\nAndy Jassy later thanked Slipsky for his work.';
    expect(spelling(text)).toEqual([['name-spelling', 'Slipsky', 'Selipsky']]);
    // (named after the slip, by surname alone, is named too)
    expect(spelling('Slipsky left in June.\n\nSelipsky had run AWS since 2021.')).toEqual([
      ['name-spelling', 'Slipsky', 'Selipsky'],
    ]);
  });

  it('may be anyone where the document does not name the person', () => {
    expect(spelling('Andy Jassy later thanked Slipsky for his work.')).toEqual([]);
  });

  it('is never a dictionary word', () => {
    // ("German" is one slip from Garman)
    expect(spelling('Matt Garman runs AWS. German customers signed up early.')).toEqual([]);
  });

  it('is found again when an edit names the person in another chunk', () => {
    const cache = new CheckCache();
    const slip = 'Andy Jassy later thanked Slipsky for his work.\n';
    const before = `${slip}\n# Later\n\nAWS grew.\n`;
    const after = `${slip}\n# Later\n\nAWS grew under Adam Selipsky.\n`;
    const rules = (text: string): string[] =>
      checkDocument(text, embedded, { today: TODAY, cache }).findings.map((f) => f.rule);
    expect(rules(before)).toEqual([]);
    expect(rules(after)).toEqual(['name-spelling']);
    expect(rules(before)).toEqual([]);
  });
});

describe('a full name of three words', () => {
  it('is one name with a slip in it, fixed whole', () => {
    expect(spelling('Intel made Michelle Johnston Holthouse one of two interim leaders.')).toEqual([
      ['name-spelling', 'Michelle Johnston Holthouse', 'Michelle Johnston Holthaus'],
    ]);
    expect(spelling('Intel made Michelle Johnston Holthaus one of two interim leaders.')).toEqual(
      [],
    );
  });

  it('has its slip seen before a surname the data knows by itself', () => {
    // ("Holthaus" alone is a known name of hers; the slip is in the words before it)
    expect(spelling('Intel made Michelle Johnson Holthaus one of two interim leaders.')).toEqual([
      ['name-spelling', 'Michelle Johnson Holthaus', 'Michelle Johnston Holthaus'],
    ]);
    expect(spelling('Intel made Holthaus one of two interim leaders.')).toEqual([]);
  });
});
