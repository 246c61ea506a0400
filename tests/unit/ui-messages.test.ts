/**
 * The UI's messages (#15): public/_locales/en/messages.json is the one place a
 * translator works. Every message key the code names must be in it (a missing
 * one shows as its key), every message in it must be used (a dead one costs a
 * translator time), and each message's placeholders must be whole, as Chrome
 * and Firefox read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES_FILE = 'public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = JSON.parse(readFileSync(join(ROOT, MESSAGES_FILE), 'utf8')) as Record<
  string,
  Message
>;

/** Where UI strings live: the components, the four pages' entrypoints, lib/ (the context menu), and the manifest. */
const UI_FOLDERS = [
  'components',
  'lib',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/reader',
  'entrypoints/sources',
];
const sourceFiles = [
  ...UI_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/u.test(e.name) && !/\.test\.tsx?$/u.test(e.name))
      .map((e) => relative(ROOT, join(e.parentPath, e.name))),
  ),
  // core/ formats with words it is given; this file names the messages that give them.
  'core/view/labels.ts',
  'wxt.config.ts',
];

/** A message key as the code writes it: a quoted literal with a known prefix, or __MSG_key__. */
const KEY_PREFIXES = [
  'manifest',
  'menu',
  'common',
  'popup',
  'add',
  'options',
  'card',
  'sources',
  'reader',
];
const KEY_LITERAL = new RegExp(`['"\`]((?:${KEY_PREFIXES.join('|')})_[a-z0-9_]+)['"\`]`, 'gu');
const MANIFEST_KEY = /__MSG_([a-z0-9_]+)__/gu;

function keysNamedIn(text: string): string[] {
  return [...text.matchAll(KEY_LITERAL), ...text.matchAll(MANIFEST_KEY)].map((m) => m[1]!);
}

const named = new Map<string, string>(); // key -> first file naming it
for (const file of sourceFiles)
  for (const key of keysNamedIn(readFileSync(join(ROOT, file), 'utf8')))
    if (!named.has(key)) named.set(key, file);

describe('UI messages', () => {
  it('the scan finds keys in code, manifest placeholders and the messages file (it is not blind)', () => {
    expect(keysNamedIn(`t('popup_search_label'); name: '__MSG_manifest_name__'`)).toEqual([
      'popup_search_label',
      'manifest_name',
    ]);
    expect(keysNamedIn(`class="sl-popup" id='sl-add-page'`)).toEqual([]);
    expect(named.get('popup_search_label')).toBe('components/popup/SearchBox.tsx');
    expect(named.get('manifest_name')).toBeDefined();
    expect(Object.keys(messages).length).toBeGreaterThan(100);
  });

  it('every key the code names is in messages.json', () => {
    const missing = [...named].filter(([key]) => !(key in messages)).map(([k, f]) => `${f}: ${k}`);
    expect(missing).toEqual([]);
  });

  it('every message in messages.json is used', () => {
    expect(Object.keys(messages).filter((key) => !named.has(key))).toEqual([]);
  });

  it('keys are names Chrome and Firefox accept, and none differ only by case', () => {
    const keys = Object.keys(messages);
    expect(keys.filter((k) => !/^[a-z0-9_]+$/u.test(k) || k.startsWith('@@'))).toEqual([]);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('placeholders are whole: each $NAME$ is defined, each defined one used, contents $1..$n', () => {
    const problems = Object.entries(messages).flatMap(([key, { message, placeholders = {} }]) => {
      const used = new Set(
        [...message.matchAll(/\$([a-z0-9_]+)\$/giu)].map((m) => m[1]!.toLowerCase()),
      );
      const defined = Object.keys(placeholders).map((name) => name.toLowerCase());
      const contents = Object.values(placeholders)
        .map((p) => p.content)
        .sort();
      const expected = defined.map((_, i) => `$${i + 1}`);
      return [
        ...[...used]
          .filter((name) => !defined.includes(name))
          .map((n) => `${key}: $${n}$ undefined`),
        ...defined.filter((name) => !used.has(name)).map((n) => `${key}: ${n} unused`),
        ...(contents.join() === expected.join() ? [] : [`${key}: contents ${contents.join()}`]),
        // A bare $1 in the text is filled by Chrome but not by Firefox: placeholders only.
        ...(/\$\d/u.test(message.replace(/\$[a-z0-9_]+\$/giu, '')) ? [`${key}: bare $n`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });
});
