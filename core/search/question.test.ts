import { describe, expect, it } from 'vitest';
import { readQuestion } from './question';

const NAMES = new Set(['eu', 'kazakhstan', 'tokayev', 'russia']);
const read = (q: string) => readQuestion(q, (w) => NAMES.has(w));

describe('readQuestion', () => {
  it.each([
    ['death toll', 'killed', null],
    ['how many killed', 'killed', null],
    ['how many police officers were killed', 'killed', 'security-forces'],
    ['how many detained', 'detained', null],
    ['criminal cases', 'criminal-cases', null],
    ['EU investment in Kazakhstan', 'money', null],
    ['voter turnout', 'percent', null],
  ])('%s asks for a figure (%s)', (query, measure, subject) => {
    expect(read(query)).toMatchObject({ measure, subject });
  });

  it.each([
    'CSTO troops',
    'EU relations',
    'Tokayev',
    'torture and abuse of detainees in custody',
    'Russian peacekeepers',
  ])('%s is a plain search', (query) => {
    expect(read(query).measure).toBeNull();
    expect(read(query).searchText).toBe(query);
  });

  it('leaves question words out of the word search', () => {
    expect(read('how many people were detained').searchText).toBe('detained');
  });
});
