import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { Finding, Quantity } from '../types';
import { attachedName } from './anchoring';
import type { SentenceContext } from '../reading';
import { aggregate, cueScore } from './cues';
import { describeValue } from './describe';

/** Properties a figure of each dimension may give, in the order they are tried. */
const PROPERTIES_BY_DIMENSION: Partial<Record<Quantity['dim'], string[]>> = {
  money: [
    'valuation',
    'raised',
    'investment',
    'run-rate',
    'revenue',
    'capex',
    'backlog',
    'market-cap',
    'spend',
    'value',
  ],
  count: ['users', 'customers', 'shares', 'chips', 'headcount'],
  power: ['capacity'],
  percent: ['stake', 'market-share', 'share-move'],
};

/**
 * A figure the data cannot check: it hangs on a known company and a word of its own says what it
 * is ("Zeta Labs raised $2 billion"), but no fact covers it. Reported as information (the rule is
 * off by default), with a stub a writer can complete in their workspace data.
 */
export function unsupportedFinding(
  q: Quantity,
  ctx: SentenceContext,
  index: ReferenceIndex,
  at: { start: number; end: number },
  today: string,
): Finding | undefined {
  const properties = PROPERTIES_BY_DIMENSION[q.dim];
  if (!properties || q.change || q.per || aggregate(ctx, q)) return undefined;
  const name = attachedName(q, ctx);
  const entity = name && index.entity(name.entityId);
  if (!entity || !['company', 'product', 'project', 'chip', 'site'].includes(entity.kind))
    return undefined;
  const property = properties.find((p) => cueScore(probe(p, q), q, ctx, index).score >= 1.5);
  if (!property) return undefined;
  const value = { dim: q.dim, min: q.min, max: q.max, unit: q.unit };
  return {
    rule: 'unsupported-figure',
    severity: 'information',
    start: at.start,
    end: at.end,
    fixes: [],
    entityId: entity.id,
    message:
      `"${q.text}" (${entity.name}, ${property.replace(/-/g, ' ')}) is not in factlint's data: ` +
      'nothing to check it against.',
    stub: {
      subject: entity.id,
      property,
      value: stubValue(q) ?? describeValue(value),
      asOf: today,
    },
  };
}

/** A stand-in fact with only a property, to ask how strongly the words point at it. */
function probe(property: string, q: Quantity): Fact {
  return {
    id: `probe-${property}`,
    subject: '',
    property,
    value: { dim: q.dim, min: q.min, max: q.max },
    also: [],
    asOf: '',
    status: 'single-source',
    cues: [],
    sources: [],
  };
}

/**
 * The figure as a data-file value: { money: 2e9 }, { count: 5e6, noun: users }, { gigawatts: 4.5 }.
 */
function stubValue(q: Quantity): string | undefined {
  const n = (x: number): string =>
    Math.abs(x) >= 1e6
      ? x
          .toExponential()
          .replace(/(\.\d*?)0+(?=e)/, '$1')
          .replace(/\.(?=e)/, '')
          .replace('e+', 'e')
      : String(x);
  const v = (scale = 1): string =>
    q.min === q.max ? n(q.min / scale) : `[${n(q.min / scale)}, ${n(q.max / scale)}]`;
  switch (q.dim) {
    case 'money':
      return `{ money: ${v()}${q.unit && q.unit !== 'USD' ? `, currency: ${q.unit}` : ''} }`;
    case 'count':
      return `{ count: ${v()}, noun: ${q.unit ?? 'units'} }`;
    case 'power':
      return `{ gigawatts: ${v(1e9)} }`;
    case 'percent':
      return `{ percent: ${v()} }`;
    default:
      return undefined;
  }
}
