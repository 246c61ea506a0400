import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, formatGazetteer } from '../../core/terms/gazetteer';
import {
  isCountryName,
  isDemonym,
  isGazetteerPlace,
  placeNameCountries,
} from '../../core/terms/lexicon';
import { GAZETTEER_PATH, gazetteerFromPackages } from '../../tools/gen-gazetteer';

describe('data/gazetteer.json', () => {
  it('is what npm run gazetteer makes from the installed packages (no drift)', () => {
    const committed: unknown = JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8'));
    expect(committed).toEqual(gazetteerFromPackages());
  });

  it('reads back as the generator wrote it', () => {
    const gazetteer = gazetteerFromPackages();
    expect(JSON.parse(formatGazetteer(gazetteer))).toEqual(gazetteer);
  });
});

describe('buildGazetteer', () => {
  const town = (name: string, country: string, population = 50_000) => ({
    name,
    country,
    population,
  });

  it('counts the distinct countries with a town of 10,000 people or more by each name', () => {
    const g = buildGazetteer({
      towns: [
        town('Springfield', 'US'),
        town('Springfield', 'US'),
        town('Springfield', 'AU'),
        town('Paris', 'FR'),
        town('Paris', 'CA', 9_999),
        town('Rome', 'IT'),
      ],
      countries: [],
    });
    expect(g.townsByCountryCount).toEqual([['paris', 'rome'], ['springfield']]);
  });

  it('keeps country names and spellings longer than three characters as places', () => {
    const g = buildGazetteer({
      towns: [],
      countries: [
        {
          name: { common: 'Chad', official: 'Republic of Chad' },
          altSpellings: ['TD', 'Tchad', 'USA'],
          demonyms: { eng: { f: 'Chadian', m: 'Chadian' } },
        },
      ],
    });
    expect(g.countryNames).toEqual(['chad', 'republic of chad']);
    expect(g.countryPlaceNames).toEqual(['chad', 'republic of chad', 'tchad']);
    expect(g.demonyms).toEqual(['chadian']);
  });
});

describe('the lexicon reads the gazetteer', () => {
  it('knows towns by the number of countries that have them', () => {
    expect(placeNameCountries().get('almaty')).toBe(1);
    expect(placeNameCountries().get('washington')).toBeGreaterThanOrEqual(2);
    expect(isGazetteerPlace('almaty')).toBe(true);
  });

  it('knows countries and their demonyms', () => {
    expect(isCountryName('kazakhstan')).toBe(true);
    expect(isGazetteerPlace('kazakhstan')).toBe(true);
    expect(isCountryName('almaty')).toBe(false);
    expect(isDemonym('kazakhstani')).toBe(true);
    expect(isDemonym('kazakhstanis')).toBe(true);
    expect(isDemonym('kazakh')).toBe(true);
    expect(isDemonym('almaty')).toBe(false);
  });
});
