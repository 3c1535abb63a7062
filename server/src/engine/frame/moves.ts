import type { SentenceContext } from '../reading';
import type { Quantity } from '../types';

/**
 * The other figure of the sentence a move to `q` starts from: "raised it to $95 billion from $85
 * billion", "lifted it from $85 billion to $95 billion". Both need a "from": a sentence without one
 * is passed over at once (this is asked of every figure of every sentence).
 */
export function moveStartOf(q: Quantity, sentence: SentenceContext): Quantity | undefined {
  const text = sentence.text;
  if (!FROM.test(text)) return undefined;
  const at = (offset: number): number => offset - sentence.offset;
  const movedTo = MOVED_TO.test(text.slice(0, at(q.start)));
  return sentence.quantities.find(
    (o) =>
      o.dim === q.dim &&
      ((movedTo && o.start >= q.end && THEN_FROM.test(text.slice(at(q.end), at(o.start)))) ||
        (o.end <= q.start &&
          /^\s+to\s+$/i.test(text.slice(at(o.end), at(q.start))) &&
          MOVED_FROM.test(text.slice(0, at(o.start))))),
  );
}

const FROM = /\bfrom\b/i;
const HEDGE = String.raw`(?:(?:about|around|roughly|approximately|nearly)\s+)?`;
const MOVED_TO = new RegExp(String.raw`\bto\s+${HEDGE}$`, 'i');
const MOVED_FROM = new RegExp(String.raw`\bfrom\s+${HEDGE}$`, 'i');
const THEN_FROM = new RegExp(String.raw`^,?\s+(?:(?:up|down)\s+)?from\s+${HEDGE}$`, 'i');
