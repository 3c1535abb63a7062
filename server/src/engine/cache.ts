import type { Judgement } from './check/judge';
import { Memo } from './memo';
import type { ReferenceIndex } from './reference/index';
import type { ProseDocument } from './text/prose';
import type { SentenceSpan } from './text/sentences';
import type { NameMention, Quantity } from './types';

/** A sentence's figures as judged: by index into the sentence's figures. */
export interface JudgedFigures {
  judged: { figure: number; judgement: Judgement }[];
  /** figures no fact could be bound to */
  unbound: number[];
}

/**
 * What checking one document can reuse from its previous check: parsed chunks; each block's
 * names, figures and sentences; each sentence's verdicts. Keep one per open document and pass it
 * to every check of it. Each check drops what it did not use, so the cache holds about one
 * version's worth; a change of data or of the day drops what depends on them.
 */
export class CheckCache {
  readonly fragments = new Memo<ProseDocument>();
  readonly quantities = new Memo<Quantity[]>();
  readonly sentences = new Memo<SentenceSpan[]>();
  readonly names = new Memo<NameMention[]>();
  readonly figures = new Memo<JudgedFigures>();
  private index?: ReferenceIndex;
  private today?: string;
  private year?: number;

  /** Called as a check starts. */
  begin(index: ReferenceIndex, today: string): void {
    if (index === this.index && today === this.today) return;
    this.names.clear();
    this.figures.clear();
    this.index = index;
    this.today = today;
  }

  /** Figures depend on the year the document speaks from (dates written without one take it). */
  documentYear(year: number | undefined): void {
    if (year === this.year) return;
    this.quantities.clear();
    this.figures.clear();
    this.year = year;
  }

  /** Called as a check ends. */
  end(): void {
    for (const memo of [this.fragments, this.quantities, this.sentences, this.names, this.figures]) memo.sweep();
  }
}
