/**
 * A paragraph that is a subheading in all but markup: one short line of capitalised words with no
 * stop at its end ("Updated Terms: $135B Valuation, 27% Stake"), as pages copied from the web
 * often carry. Its words are cut short like a headline's.
 */
export function isTitleLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.includes('\n') || SENTENCE_END.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && !MINOR_WORD.test(w));
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised >= words.length * CAPITALISED_SHARE;
}

/** How a sentence or a quote ends: a title line ends with none of these. */
const SENTENCE_END = /[.!?:;,"”’)]$/;
/** Words a title leaves in lower case. */
const MINOR_WORD =
  /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|vs\.?|per|into|over|via)$/i;
const MIN_WORDS = 3;
const MAX_WORDS = 16;
/** Nearly every word capitalised: a sentence's proper names do not make it a title. */
const CAPITALISED_SHARE = 0.85;
