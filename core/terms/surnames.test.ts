import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import { addSurnameVariants } from './surnames';

const term = (id: string, kind: Term['kind'], variants: string[]): Term => ({
  id,
  name: variants[0]!,
  kind,
  variants,
  passageIds: [],
  related: [],
});

describe('addSurnameVariants', () => {
  it('adds the surname of another spelling of a person', () => {
    const [t] = addSurnameVariants([
      term('tokayev', 'person', ['Kassym-Jomart Tokayev', 'Qasym-Jomart Toqayev', 'Tokayev']),
    ]);
    expect(t!.variants).toEqual([
      'Kassym-Jomart Tokayev',
      'Qasym-Jomart Toqayev',
      'Tokayev',
      'Toqayev',
    ]);
  });

  it('leaves a surname two people share, people only named in full, and non-people alone', () => {
    const out = addSurnameVariants([
      term('a', 'person', ['Anna Smith', 'Ann Smith', 'Smith']),
      term('b', 'person', ['John Smith', 'Jon Smith', 'Jon']),
      term('c', 'organisation', ['European Union', 'EU']),
      term('d', 'person', ['Dariga Nazarbayeva', 'Darigha Nazarbaeva', 'Dariga']),
      term('e', 'place', ['Nazarbaeva']),
      term('f', 'person', ['Xi Jinping']),
    ]);
    expect(out.map((t) => t.variants)).toEqual([
      ['Anna Smith', 'Ann Smith', 'Smith'],
      ['John Smith', 'Jon Smith', 'Jon'],
      ['European Union', 'EU'],
      ['Dariga Nazarbayeva', 'Darigha Nazarbaeva', 'Dariga', 'Nazarbayeva'],
      ['Nazarbaeva'],
      ['Xi Jinping'],
    ]);
  });

  it('leaves out a surname the curator excluded', () => {
    const [t] = addSurnameVariants(
      [term('a', 'person', ['Qasym-Jomart Toqayev', 'Tokayev', 'Kassym-Jomart Tokayev'])],
      ['Toqayev'],
    );
    expect(t!.variants).not.toContain('Toqayev');
  });
});
