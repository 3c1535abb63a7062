import { describe, expect, it } from 'vitest';
import {
  PROPERTY_CUES,
  PROPERTY_DIMENSIONS,
  TIME_VARYING,
} from '../../server/src/engine/check/properties';
import { OTHER_MEASURE } from '../../server/src/engine/check/other-measure';
import { PROPERTIES } from '../../server/src/engine/reference/properties';
import { embeddedIndex } from '../helpers';

describe('the property registry', () => {
  const known = Object.keys(PROPERTIES);

  it("keys the checker's tables by registered properties only", () => {
    for (const table of [PROPERTY_CUES, OTHER_MEASURE, PROPERTY_DIMENSIONS])
      expect(Object.keys(table).filter((p) => !known.includes(p))).toEqual([]);
    expect([...TIME_VARYING].filter((p) => !known.includes(p))).toEqual([]);
  });

  it('says a period only for results summed over one', () => {
    const facts = embeddedIndex().dataset.facts;
    const wrong = facts.filter((f) => f.period && !PROPERTIES[f.property].periodSum);
    expect(wrong.map((f) => f.id)).toEqual([]);
    // and the embedded data says it for most of them
    const summed = facts.filter((f) => PROPERTIES[f.property].periodSum);
    expect(summed.filter((f) => f.period).length).toBeGreaterThan(summed.length * 0.9);
  });
});
