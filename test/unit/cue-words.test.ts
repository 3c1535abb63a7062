import { describe, expect, it } from 'vitest';
import { cueWordsOf, ownCuesOf } from '../../server/src/engine/check/cue-words';
import { fixtureIndex } from '../helpers';

/** Which cue words a fact has of its own (check/cue-words.ts). */
const index = fixtureIndex();

describe("a fact's own cue words", () => {
  it("leave out its property's name, which every value of the property has", () => {
    // (test/fixtures/data/series.yaml: only the older quarter lists "backlog" among its cues)
    const older = index.fact('echo-backlog-q2')!;
    expect(ownCuesOf(older, index)).toEqual(['second quarter']);
    // the name is still a word of the property, and so of every quarter's backlog
    expect(cueWordsOf(older, index).words).toContain('backlog');
    expect(cueWordsOf(older, index).distinctive).not.toContain('backlog');
  });
});
