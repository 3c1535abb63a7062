import { describe, expect, it } from 'vitest';
import { dated, findingsOf, fixtureIndex } from '../../helpers';

// what a sentence is about: headings, labels, paragraphs and answers that refer back
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('reads a bare label line under a heading as about what the heading names', () => {
    expect(check('## Acme AI and CloudCo East\n\n- Agreement: $83 billion\n')).toEqual([
      ['wrong-figure', '$83 billion', '$38 billion'],
    ]);
    expect(
      check(
        '## Acme AI and CloudCo East\n\n- Reports put the agreement at $83 billion, though nobody confirmed it.\n',
      ),
    ).toEqual([]);
    expect(check('## Agreement: $83 billion\n')).toEqual([]);
  });

  it('reads "the valuation", "the backlog" as referring back to the company just named', () => {
    expect(
      check('Acme AI hired widely last year. The valuation was $600 billion in October 2025.'),
    ).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    // with a word between: "the new valuation", "the flagship site"
    expect(
      check('Acme AI hired widely last year. The new valuation was $600 billion in October 2025.'),
    ).toEqual([['wrong-figure', '$600 billion', '$500 billion']]);
    // without a word that refers back, an earlier sentence's company is too far to call the figure
    // wrong
    expect(
      check(
        'Acme AI hired widely last year. A valuation of $600 billion in October 2025 was floated.',
      ),
    ).toEqual([]);
  });

  it('reads a paragraph that opens by referring back as about what the paragraph before named', () => {
    expect(
      check(
        'Acme AI signed with CloudCo East in November.\n\nThe agreement is a $83 billion deal.',
      ),
    ).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    expect(
      check(
        'Acme AI signed with CloudCo East in November.\n\n- The agreement runs for five years.',
      ),
    ).toEqual([['wrong-term', 'five years', 'seven years']]);
    // a paragraph that does not refer back is about something else, and may be
    expect(
      check('Acme AI signed with CloudCo East in November.\n\nA $83 billion deal was floated.'),
    ).toEqual([]);
  });

  it('reads a labelled entry as one record, about what any of its sentences names', () => {
    expect(
      check(
        '**Acme AI (November 2025).** The deal runs five years. CloudCo East supplies the capacity.',
      ),
    ).toEqual([['wrong-term', 'five years', 'seven years']]);
    // the same sentences with no label are a paragraph that moves on; a label that names nothing
    // heads no record; a sentence with a date of its own tells of another event
    expect(
      check(
        'Acme AI, November 2025. The deal runs five years. CloudCo East supplies the capacity.',
      ),
    ).toEqual([]);
    expect(
      check('**The verdict.** Acme AI’s deal runs five years. CloudCo East supplies the capacity.'),
    ).toEqual([]);
    expect(
      check(
        '**Acme AI (November 2025).** The deal runs five years. In March 2026 CloudCo East added capacity.',
      ),
    ).toEqual([]);
  });

  it('anchors a figure in a sentence that opens by referring back, though the subject is named again after it', () => {
    expect(
      check(
        'Acme AI signed with CloudCo East in November. The agreement is an $83 ' +
          'billion deal, and Acme AI will pay in stages.',
      ),
    ).toEqual([['wrong-figure', '$83 billion', '$38 billion']]);
    // a sentence that does not open by referring back: the name after the figure, in another
    // clause, is not its
    expect(
      check(
        'Acme AI signed with CloudCo East in November. An $83 billion deal was ' +
          'floated, and Acme AI will pay in stages.',
      ),
    ).toEqual([]);
  });

  it('reads an answer as about what its question named, in one paragraph or the next', () => {
    expect(
      check('**Q:** How long is the Acme AI deal with CloudCo East?\n**A:** A five-year deal.'),
    ).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    expect(check('How long is the Acme AI deal with CloudCo East?\n\nA five-year deal.')).toEqual([
      ['wrong-term', 'five-year', 'seven-year'],
    ]);
    // a statement before is not a question: the paragraph after it may move on
    expect(check('Acme AI has a deal with CloudCo East.\n\nA five-year deal.')).toEqual([]);
  });

  it('reads an entry labelled by a name, under a heading naming one other, as about the pair', () => {
    expect(check('## CloudCo East\n\n- **Acme AI:** a five-year deal.')).toEqual([
      ['wrong-term', 'five-year', 'seven-year'],
    ]);
    // a heading naming two, or a label naming nothing, says less about the entry
    expect(check('## CloudCo East and Zeta Lab\n\n- **Acme AI:** a five-year deal.')).toEqual([]);
    expect(check('## CloudCo East\n\n- **Terms:** a five-year deal with Acme AI.')).toEqual([]);
  });

  it('reads "the Foundation" as the foundation named before it, in any later section', () => {
    expect(
      check(
        "Yotta Lab set up the Yotta Foundation.\n\n## Giving\n\nThe Foundation's first commitment is $7 million.",
      ),
    ).toEqual([['wrong-figure', '$7 million', '$7 billion']]);
    expect(
      check(
        "Yotta Lab set up the Yotta Foundation. The foundation's first commitment is $9 billion.",
      ),
    ).toEqual([['wrong-figure', '$9 billion', '$7 billion']]);
    // with no foundation named before, "the Foundation" is no one in the data
    expect(
      check(
        "The Foundation's first commitment is $7 million.\n\nYotta Lab set up the Yotta Foundation.",
      ),
    ).toEqual([]);
  });

  it('reads a company\'s own word as the company named in full before it ("Yotta" after Yotta Lab)', () => {
    expect(
      check(
        'Yotta Lab makes models. Investors like Yotta, which has raised $3.1 billion in total.',
      ),
    ).toEqual([['wrong-figure', '$3.1 billion', '$1.3 billion']]);
    expect(
      check("Yotta Lab makes models. Yotta's backers have put in $3.1 billion in total."),
    ).toEqual([['wrong-figure', '$3.1 billion', '$1.3 billion']]);
    // not before the full name, nor as a word that opens the sentence or goes on with "of"
    expect(check('Investors like Yotta, which has raised $3.1 billion in total.')).toEqual([]);
    expect(
      check('Yotta Lab makes models. Ask why Yotta of all firms has raised $3.1 billion in total.'),
    ).toEqual([]);
  });

  it('reads a surname alone as the person named in full before it, unless two share it', () => {
    const later = '\n\nRoe, 52, who has been CloudCo East’s CEO since 2019, will stay.';
    expect(check(dated('2025-01-10', `CloudCo East grew. Jane Roe spoke.${later}`))).toEqual([
      ['wrong-date', '2019', '2024'],
    ]);
    expect(check(dated('2025-01-10', `CloudCo East grew.${later}`))).toEqual([]);
    expect(
      check(dated('2025-01-10', `CloudCo East grew. Jane Roe spoke to Max Roe.${later}`)),
    ).toEqual([]);
  });

  it("binds firmly a figure on one party's name, with words only its fact has, when the other party heads the section", () => {
    expect(check('## Zeta Lab\n\nYotta Lab will invest $5 billion upfront.')).toEqual([
      ['wrong-figure', '$5 billion', '$3 billion'],
    ]);
    // without words of its own the figure may be any investment; with the other party only in the
    // paragraph before, it is too far
    expect(check('## Zeta Lab\n\nYotta Lab will invest $5 billion.')).toEqual([]);
    expect(check('Zeta Lab grew.\n\nYotta Lab will invest $5 billion upfront.')).toEqual([]);
  });

  it('reads a bold label that opens a paragraph as what its sentences are about', () => {
    expect(
      check('**Acme AI and CloudCo East.** A five-year, $38 billion agreement was signed.'),
    ).toEqual([['wrong-term', 'five-year', 'seven-year']]);
    // without the label, names a sentence earlier count only weakly: no claim
    expect(
      check('Acme AI and CloudCo East met. A five-year, $38 billion agreement was signed.'),
    ).toEqual([]);
  });
});
