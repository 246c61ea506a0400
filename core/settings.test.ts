import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateLegacySettings,
  parseHoverDelay,
  parseSettings,
  readHoverDelayInput,
  type Settings,
} from './settings';

const custom: Settings = {
  enabled: false,
  disabledSites: ['example.com', 'localhost'],
  hoverDelayMs: 750,
  highlightStyle: 'background',
  kinds: { person: true, organisation: false, place: true, event: false, concept: true },
  theme: 'dark',
  mentions: 'first-in-section',
};

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy, never the shared defaults object', () => {
    const s = parseSettings(undefined);
    s.disabledSites.push('x.com');
    s.kinds.person = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.kinds.person).toBe(true);
  });

  it('keeps every valid field as stored', () => {
    expect(parseSettings(structuredClone(custom))).toEqual(custom);
  });

  it.each([null, 42, 'garbage', true, [], [custom], '{not json', () => 1])(
    'falls back to the defaults for %j',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('reads settings stored as a JSON string', () => {
    expect(parseSettings(JSON.stringify(custom))).toEqual(custom);
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const s = parseSettings({
      enabled: 'no',
      disabledSites: ['Example.com', 42, 'not a site', null, 'www.example.com', 'bücher.de'],
      hoverDelayMs: 'slow',
      highlightStyle: 'blink',
      kinds: { person: false, organisation: 'yes', spaceship: true },
      theme: 'dark',
      mentions: 'first-of-many',
      extra: { ignored: true },
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com', 'xn--bcher-kva.de'],
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
      theme: 'dark',
    });
  });

  it('treats kinds given as an array as absent', () => {
    expect(parseSettings({ kinds: ['person'] }).kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect(parseSettings({ disabledSites: { 0: 'example.com' } }).disabledSites).toEqual([]);
  });

  it.each([
    [-5, 0],
    [0, 0],
    [299.6, 300],
    [2000, 2000],
    [99_999, 2000],
    ['250', 250],
    [Number.NaN, 300],
    [Number.POSITIVE_INFINITY, 300],
    ['', 300],
    [null, 300],
  ])('hover delay %j -> %j', (raw, ms) => {
    expect(parseHoverDelay(raw)).toBe(ms);
    expect(parseSettings({ hoverDelayMs: raw }).hoverDelayMs).toBe(ms);
  });

  it.each([
    ['450', 450, null],
    ['0', 0, null],
    ['2000', 2000, null],
    ['299.6', 300, null],
    [' 250 ', 250, null],
    ['2001', 2000, 'at-most'],
    ['99999', 2000, 'at-most'],
    ['-20', 0, 'at-least'],
    ['', 750, 'not-a-number'],
    ['abc', 750, 'not-a-number'],
    ['1e400', 750, 'not-a-number'],
  ])('typed hover delay %j -> %j ms, adjusted %j', (text, ms, adjusted) => {
    expect(readHoverDelayInput(text, 750)).toEqual({ ms, adjusted });
  });

  it('a typed hover delay is always saved within range, and any change to it is said', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double().map(String), fc.string()), (text) => {
        const { ms, adjusted } = readHoverDelayInput(text, 300);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(2000);
        if (adjusted === null) expect(Math.abs(Number(text) - ms)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('never throws and always gives a valid shape, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = parseSettings(raw);
        expect(typeof s.enabled).toBe('boolean');
        expect(s.hoverDelayMs).toBeGreaterThanOrEqual(0);
        expect(s.hoverDelayMs).toBeLessThanOrEqual(2000);
        expect(Object.keys(s.kinds).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.kinds).sort());
        expect(s.disabledSites.every((x) => typeof x === 'string')).toBe(true);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = parseSettings(raw);
        expect(parseSettings(once)).toEqual(once);
      }),
    );
  });
});

describe('migrateLegacySettings (the pre-v1 `settings` key)', () => {
  it('maps every old field to its v1 counterpart', () => {
    expect(
      migrateLegacySettings({
        paused: true,
        disabledHosts: ['www.Example.com', 'news.site.org:8080'],
        hoverDelay: 500,
        underline: false,
        hiddenKinds: ['event', 'concept'],
        darkMode: true,
      }),
    ).toEqual({
      enabled: false,
      disabledSites: ['example.com', 'news.site.org'],
      hoverDelayMs: 500,
      highlightStyle: 'background',
      kinds: { person: true, organisation: true, place: true, event: false, concept: false },
      theme: 'dark',
      mentions: DEFAULT_SETTINGS.mentions,
    });
  });

  it('keeps defaults for what the old settings did not have or had wrong', () => {
    expect(migrateLegacySettings({ disabledHosts: ['example.com', 7], hoverDelay: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com'],
    });
    expect(migrateLegacySettings({ darkMode: null }).theme).toBe('system');
    expect(migrateLegacySettings({ darkMode: false }).theme).toBe('light');
  });

  it.each([null, 'junk', [], 3])('falls back to defaults for %j', (raw) => {
    expect(migrateLegacySettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
