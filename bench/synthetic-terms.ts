/**
 * Deterministic synthetic dictionary entries for the dictionary-size metric.
 * Most are invented person names (never found on the page, like most of a big
 * dictionary on any one page); one in ten starts with a common English word
 * that the page does contain ("The Korvath Accord", "New Teldoria"), so the
 * matcher has to follow trie branches on real words as it would with a real
 * dictionary full of "New York" and "United States".
 */
import type { DictionaryEntry } from '../core/types';
import { createRandom } from '../tools/seeded-random';

const SYLLABLES = [
  'ka',
  'ra',
  'zhan',
  'bek',
  'tur',
  'sul',
  'tan',
  'ay',
  'mir',
  'lan',
  'gul',
  'nur',
  'dar',
  'qa',
  'sy',
  'mu',
  'rat',
  'vel',
  'kor',
  'vath',
  'tel',
  'dor',
  'ia',
  'ben',
  'ost',
  'yer',
  'la',
  'mo',
  'zi',
  'khan',
  'ul',
  'et',
  'sa',
  'pa',
  'ro',
  'vin',
  'ska',
  'li',
  'ne',
  'to',
];
const COMMON_FIRST_WORDS = [
  'The',
  'New',
  'First',
  'United',
  'Rust',
  'Data',
  'When',
  'This',
  'All',
  'Common',
  'Type',
  'Error',
  'String',
  'Option',
  'Result',
  'Some',
  'None',
  'Listing',
  'Chapter',
  'Let',
];

function word(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** `count` entries, the same ones for the same seed, with unique ids. */
export function syntheticTerms(count: number, seed = 20240101): DictionaryEntry[] {
  const random = createRandom(seed);
  const out: DictionaryEntry[] = [];
  const ids = new Set<string>();
  while (out.length < count) {
    const common = random() < 0.1;
    const words = common
      ? [COMMON_FIRST_WORDS[Math.floor(random() * COMMON_FIRST_WORDS.length)]!, word(random)]
      : Array.from({ length: 1 + Math.floor(random() * 3) }, () => word(random));
    const name = words.join(' ');
    const id = `synthetic-${name.toLowerCase().replace(/ /gu, '-')}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const surname = words[words.length - 1]!;
    out.push({
      id,
      name,
      kind: common ? 'organisation' : 'person',
      variants: words.length > 1 && !common ? [name, surname] : [name],
    });
  }
  return out;
}

/** The seed dictionary padded with synthetic entries to `total` entries. */
export function dictionaryOfSize(
  seedTerms: readonly DictionaryEntry[],
  total: number,
): DictionaryEntry[] {
  return [...seedTerms, ...syntheticTerms(Math.max(0, total - seedTerms.length))];
}
