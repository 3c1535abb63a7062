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

/**
 * A company that launched something, in a clause whose object stands before it ("Claude Code,
 * which Anthropic launched in May 2025"): the date is the launch of that thing, not the
 * company's start.
 */
export const LAUNCHED_BY_COMPANY: Gate = {
  id: 'time/launched-by-company',
  summary:
    'A date in "the product that a company launched in May 2025" is when the company launched ' +
    'that product: not when the company itself was founded.',
  vetoes: (_f, fact, q, ctx) =>
    fact.property === 'founded' &&
    q.dim === 'date' &&
    ctx.names.some(
      (n) =>
        n.entityId === fact.subject &&
        n.end <= q.start &&
        RELATIVE_BEFORE.test(ctx.text.slice(0, n.start - ctx.offset)) &&
        LAUNCHED_AFTER.test(ctx.text.slice(n.end - ctx.offset, q.start - ctx.offset)),
    ),
  examples: {
    silent: [
      // (Anthropic was founded in 2021)
      '---\ndate: 2026-05-29\n---\n\nMuch of the growth came from Claude Code, which ' +
        'Anthropic launched in May 2025.',
    ],
    caught: ['---\ndate: 2026-05-29\n---\n\nAnthropic was launched in May 2019.'],
  },
};

/** "that" or "which" right before the company: a relative clause whose object came before it. */
const RELATIVE_BEFORE = /\b(?:that|which)\s+$/i;
/** A verb of launching and the date's preposition between the company and the date. */
const LAUNCHED_AFTER =
  /^\s+(?:first\s+)?(?:launched|released|unveiled|introduced|debuted|rolled out|shipped)\s+(?:back\s+)?(?:in|on)\s+$/i;

/**
 * A start said to be quiet ("quietly launched the lab in late 2024", "began in stealth"): the
 * work began before the company was announced, and the data's founding date is the announcement.
 */
export const STEALTH_START: Gate = {
  id: 'time/stealth-start',
  summary:
    'A company started "quietly", "in stealth" or "in secret" began before its public ' +
    'founding date: that date does not judge when the quiet start was.',
  vetoes: (_f, fact, q, ctx) =>
    fact.property === 'founded' &&
    q.dim === 'date' &&
    STEALTH.test(
      ctx.text.slice(Math.max(0, q.start - ctx.offset - STEALTH_REACH), q.end - ctx.offset),
    ),
  examples: {
    silent: [
      // (Thinking Machines Lab was announced in February 2025)
      '---\ndate: 2025-06-20\n---\n\nMurati quietly launched Thinking Machines Lab in late 2024 ' +
        'and hired dozens of researchers.',
    ],
    caught: [
      '---\ndate: 2025-06-20\n---\n\nMurati launched Thinking Machines Lab in late 2024 and ' +
        'hired dozens of researchers.',
      '---\ndate: 2025-06-20\n---\n\nMurati launched Thinking Machines Lab out of stealth in ' +
        'late 2024.',
    ],
  },
};

/** How far before a date a word of quiet may stand: the clause's verb and object. */
const STEALTH_REACH = 80;
/** Words of a start kept from the public; coming out of stealth is the public start itself. */
const STEALTH = new RegExp(
  String.raw`\b(?:quietly|secretly|stealthily|in secret|under the radar` +
    String.raw`|without (?:any\s+)?(?:fanfare|announcement)` +
    String.raw`|(?<!(?:out of|from|emerg\w*|exit\w*)\s+)stealth)\b`,
  'i',
);
