/**
 * A source that is one long capitalised run (#16 item 10): no term of thousands of words,
 * no stack overflow, and the matcher builds a trie for a name of any length.
 */
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import { MAX_NAME_WORDS } from './find-mentions';
import { compileMatcher, matchTerms } from './match-terms';

const compile = (body: string) =>
  compileCorpus({
    files: [{ name: 'a.txt', bytes: new TextEncoder().encode(`Title\n\n${body}\n`) }],
    curated: { aliases: [], exclude: [] },
  });

describe('long capitalised runs', () => {
  it('compiles a source of 8,000 capitalised words without a term longer than a name', () => {
    for (const unit of ['Word ', 'U.N. ']) {
      const { dictionary } = compile(unit.repeat(8_000));
      for (const t of dictionary.terms)
        expect(t.name.split(/\s+/u).length).toBeLessThanOrEqual(MAX_NAME_WORDS);
    }
  }, 120_000);

  it('still finds long real names', () => {
    const name = 'Collective Security Treaty Organization';
    const { dictionary } = compile(
      `The ${name} sent observers. Later the ${name} published its report. The ${name} said more.`,
    );
    expect(dictionary.terms.map((t) => t.name)).toContain(name);
  });

  it('builds a matcher for a variant of 20,000 words (a trie that deep) and matches it', () => {
    const long = Array.from({ length: 20_000 }, () => 'Word').join(' ');
    const matcher = compileMatcher([{ id: 'x', name: 'X', kind: 'concept', variants: [long] }]);
    expect(matchTerms(`${long}.`, matcher)).toHaveLength(1);
  });
});
