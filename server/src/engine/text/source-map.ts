/**
 * Maps offsets in extracted prose back to offsets in the markdown source. Prose is built from
 * segments; each segment is a run of prose characters that appear verbatim and contiguously in the
 * source. Characters outside every segment (separators put in for skipped code or markup) map to
 * nothing, so a span touching them cannot be fixed in place.
 */

export interface Segment {
  proseStart: number;
  sourceStart: number;
  length: number;
}

export class SourceMap {
  /** `delta` is added to every source offset: a chunk's map serves where the chunk now stands */
  constructor(
    private readonly segments: Segment[] = [],
    private readonly delta = 0,
  ) {}

  /** The same map for the same prose found `by` characters further into the source. */
  shifted(by: number): SourceMap {
    return by === 0 ? this : new SourceMap(this.segments, this.delta + by);
  }

  /**
   * Records that prose[proseStart, +length) equals source[sourceStart, +length); only while a map
   * is built, before it is shifted.
   */
  add(proseStart: number, sourceStart: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.proseStart + last.length === proseStart &&
      last.sourceStart + last.length === sourceStart
    ) {
      last.length += length;
    } else {
      this.segments.push({ proseStart, sourceStart, length });
    }
  }

  /**
   * The source span of prose[start, end), or undefined when the span is not one contiguous run of
   * source text (it crosses skipped markup or a separator).
   */
  toSource(start: number, end: number): { start: number; end: number } | undefined {
    const seg = this.find(start);
    if (!seg || end > seg.proseStart + seg.length) return undefined;
    const delta = seg.sourceStart - seg.proseStart + this.delta;
    return { start: start + delta, end: end + delta };
  }

  /** The source span covering prose[start, end) even across markup (for diagnostics, not edits). */
  toSourceLoose(start: number, end: number): { start: number; end: number } | undefined {
    const a = this.find(start);
    const b = this.find(Math.max(start, end - 1));
    if (!a || !b) return undefined;
    return {
      start: start - a.proseStart + a.sourceStart + this.delta,
      end: end - 1 - b.proseStart + b.sourceStart + 1 + this.delta,
    };
  }

  private find(offset: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid];
      if (offset < s.proseStart) hi = mid - 1;
      else if (offset >= s.proseStart + s.length) lo = mid + 1;
      else return s;
    }
    return undefined;
  }
}
