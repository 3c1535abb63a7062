import type { Gate } from './gate';

/** A launch's word right before its date: "launched in", "launched back in". */
const LAUNCHED_BEFORE = /\blaunch(?:ed|es|ing)?\s+(?:back\s+)?(?:in|on)\s+$/i;
const YEAR_DAYS = 366;

/** A company's launch, which may be its product's, a year after its founding. */
export const LAUNCH_AFTER_FOUNDING: Gate = {
  id: 'time/launch-after-founding',
  summary:
    'A company "launched" the year after the year it was founded may have launched its ' +
    'product then: its founding year does not judge that launch.',
  // (years only: a founding known to the day is what "launched in November 2016" means)
  vetoes: (_f, fact, q, ctx) =>
    fact.property === 'founded' &&
    q.dim === 'date' &&
    fact.value.unit === 'year' &&
    q.unit === 'year' &&
    q.min > fact.value.max &&
    q.max <= fact.value.max + YEAR_DAYS &&
    LAUNCHED_BEFORE.test(ctx.text.slice(0, q.start - ctx.offset)),
  examples: {
    silent: [
      // (Character.AI was founded in 2021; its app opened to the public in 2022)
      '---\ndate: 2024-08-05\n---\n\nCharacter.AI, launched in 2022 by two former Google ' +
        'engineers, lets users chat with characters.',
    ],
    caught: [
      '---\ndate: 2024-08-05\n---\n\nCharacter.AI, launched in 2019 by two former Google ' +
        'engineers, lets users chat with characters.',
      // (Nvidia was founded in 1993: 1999 is its listing, years on)
      '---\ndate: 2025-03-20\n---\n\nNvidia was launched in 1999.',
    ],
  },
};
