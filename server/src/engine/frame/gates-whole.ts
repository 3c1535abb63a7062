import type { Gate } from './gate';

/**
 * The gate that gives an amount to the whole company where the text names no business of it:
 * kept apart from gates.ts, whose list it stands in.
 */

/**
 * Kinds of entity that are a line of business of their parent: AWS of Amazon, Azure of Microsoft.
 */
const BUSINESSES = new Set(['company', 'product']);

/** Lines only a whole company reports: its net sales, its total or consolidated revenue. */
const WHOLE_COMPANY_LINE =
  /\b(?:net sales|total (?:net )?(?:revenues?|sales)|consolidated (?:revenues?|sales))\b/i;

export const WHOLE_COMPANY: Gate = {
  id: 'scope/whole-company',
  summary:
    'An amount whose sentence and section name no business of a company ' +
    '(AWS) while the company itself is named as prominently around it is the ' +
    "whole company's; so is a line only the whole company reports (net sales, total " +
    'revenue) wherever the company is named around it.',
  vetoes: (_f, fact, q, ctx, index) => {
    const subject = index.entity(fact.subject);
    // (a business, not a chip or a site, whose own figures are counts and capacities)
    if (
      !subject?.parent ||
      !BUSINESSES.has(subject.kind) ||
      (q.dim !== 'money' && q.dim !== 'percent') ||
      ctx.names.some((n) => n.entityId === subject.id) ||
      ctx.section?.includes(subject.id)
    )
      return false;
    const weight = (id: string): number =>
      ctx.names.some((n) => n.entityId === id)
        ? 1
        : Math.max(ctx.around.get(id) ?? 0, ctx.implied?.get(id) ?? 0);
    // (a line only the whole company reports, "net sales", "total revenue", is its own)
    const own = WHOLE_COMPANY_LINE.test(ctx.text) ? 0 : weight(subject.id);
    return index.lineage(subject.parent).some((whole) => weight(whole) > 0 && weight(whole) >= own);
  },
  examples: {
    silent: [
      // (a backlog Amazon gives for the whole company, not AWS's $200 billion)
      '---\ndate: 2025-10-31\n---\n\n# Amazon in the third quarter: AWS and ads\n\n- Backlog: $240B',
      // (the cloud unit named in the sentence before, the company's own line is the company's)
      '---\ndate: 2024-08-02\n---\n\n# Amazon\'s quarter, driven by AWS\n\n"We saw AWS ' +
        'growth pick up again," chief executive Andy Jassy said.\n\nNet sales in the second ' +
        'quarter increased 10% to $148 billion.',
    ],
    caught: [
      '---\ndate: 2025-10-31\n---\n\n# Amazon in the third quarter: AWS and ads\n\n- AWS revenue: $31B',
    ],
  },
};
