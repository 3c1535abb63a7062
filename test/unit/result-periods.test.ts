import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/engine/index';
import { embeddedIndex, TODAY } from '../helpers';

/**
 * Which period a result (a quarter's revenue, a year's capex) is of: the text's dates name it, and
 * the same measure of another period is not the figure's, however equal the numbers.
 */
const index = embeddedIndex();
const claimed = (text: string): string[] =>
  checkDocument(text, index, { today: TODAY })
    .claims.filter((c) => c.kind === 'figure' && c.status !== 'no-data')
    .map((c) => `${c.text} ${c.status} ${c.fact?.id ?? ''}`);

describe('results of a period the text names', () => {
  it("calls a quarter's figure wrong when it only repeats the same quarter a year before", () => {
    // the data holds fiscal 2025's third quarter at $35.08 billion: agreeing with it is chance
    expect(
      claimed(
        '---\ndate: 2025-11-20\n---\n\nNvidia has reported results for the third quarter of ' +
          'fiscal 2026. Revenue for the quarter came to $35.08 billion.',
      ),
    ).toEqual(['$35.08 billion wrong nvidia-revenue-fy26-q3']);
  });

  it('reads a figure given as the year before as the quarter a year before the date written', () => {
    expect(
      claimed(
        '---\ndate: 2025-11-20\n---\n\nFor the quarter that ended October 26, 2025, Nvidia ' +
          'compared its revenue with $35.08 billion in the same quarter last year.',
      ),
    ).toEqual(['$35.08 billion match nvidia-revenue-fy25-q3']);
    expect(
      claimed(
        '---\ndate: 2025-11-20\n---\n\nFor the quarter that ended October 26, 2025, Nvidia set ' +
          'its revenue of $57 billion against year-ago revenue of $35.08 billion.',
      ),
    ).toEqual([
      '$57 billion match nvidia-revenue-fy26-q3',
      '$35.08 billion match nvidia-revenue-fy25-q3',
    ]);
  });

  it("does not let last year's outlook excuse a rate of the quarter the text names", () => {
    // Microsoft guided Azure to 34-35% for the quarter to June 2025; the text is about the next
    expect(
      claimed(
        '---\ndate: 2025-10-30\n---\n\nMicrosoft has reported results for its fiscal first ' +
          'quarter of 2026. Azure grew 35% in the quarter.',
      ),
    ).toEqual(['35% wrong azure-revenue-growth-fy26-q1']);
  });

  it("does not lift a year's result the heading's quarter points away from by the draft's date", () => {
    // fiscal 2025 is Oracle's latest full year in December 2025, but the heading names a quarter
    expect(
      claimed(
        "---\ndate: 2025-12-11\n---\n\n# Oracle's fiscal 2026 Q2 in brief\n\nIn Oracle's " +
          'results, cloud sales, which cover both infrastructure and applications, made up a large ' +
          'part of its revenue, at $8.0 billion, 34% more in dollars.',
      ),
    ).toEqual(['$8.0 billion unsure oracle-revenue-fy25']);
  });

  it('dates only the figure nearest a date when two stand in its clause', () => {
    // "in the third quarter of 2024" is the $27.5 billion's; the $33.0 billion is this year's
    expect(
      claimed(
        '---\ndate: 2025-10-31\n---\n\nAWS revenue grew in the third quarter of 2025. A rise ' +
          'of 20.2% to $33.0 billion implies AWS revenue of about $27.5 billion in the third ' +
          'quarter of 2024.',
      ),
    ).toEqual([
      // (a rise said as "a rise of" is this year's rate of change)
      '20.2% match aws-revenue-growth-2025-q3',
      '$33.0 billion match aws-revenue-2025-q3',
      '$27.5 billion match aws-revenue-2024-q3',
    ]);
  });
});
