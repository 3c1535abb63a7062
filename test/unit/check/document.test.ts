import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../server/src/engine/index';
import { findingsOf, fixtureIndex, TODAY } from '../../helpers';

// the document as a whole: disable directives, exact spans, code and link targets
const index = fixtureIndex();
const check = (text: string) => findingsOf(text, index);

describe('checkDocument on the fixture data', () => {
  it('honours disable directives', () => {
    const text = 'Acme signed a $83B deal with CloudCo East.';
    expect(check(`<!-- factlint-disable-next-line -->\n${text}`)).toEqual([]);
    expect(check(`<!-- factlint-disable-next-line name-spelling -->\n${text}`)).toHaveLength(1);
    expect(
      check(`<!-- factlint-disable -->\n\n${text}\n\n<!-- factlint-enable -->\n\n${text}`),
    ).toHaveLength(1);
  });

  it('reports exact UTF-16 spans after astral characters and CRLF', () => {
    const text = '😀 Acme signed a $83B deal\r\nwith CloudCo East.';
    const [f] = checkDocument(text, index, { today: TODAY }).findings;
    expect(text.slice(f.start, f.end)).toBe('$83B');
    expect(f.fixes[0].edits[0]).toMatchObject({ start: f.start, end: f.end });
  });

  it('never checks code or link targets', () => {
    expect(
      check(
        'Acme and CloudCo East: `$83B`.\n\n```\nAcme signed a $83B deal with CloudCo East\n```\n',
      ),
    ).toEqual([]);
  });
});
