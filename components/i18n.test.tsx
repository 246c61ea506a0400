import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lookupIn } from '../core/message-lookup';
import { setMessageLookup, t, tCount } from './i18n';
import { Message } from './Message';

const lookup = lookupIn({
  greet: {
    message: 'Hello $WHO$, $$5 for $What$',
    placeholders: { who: { content: '$1' }, what: { content: '$2' } },
  },
  swapped: {
    message: '$B$ before $A$',
    placeholders: { a: { content: '$1' }, b: { content: '$2' } },
  },
  plain: { message: 'No placeholders' },
});

describe('lookupIn (browser.i18n.getMessage over messages.json)', () => {
  it('fills named placeholders of any case from the substitutions, and $$ is a dollar', () => {
    expect(lookup('greet', ['Ann', 'tea'])).toBe('Hello Ann, $5 for tea');
    expect(lookup('swapped', ['a', 'b'])).toBe('b before a');
    expect(lookup('plain', [])).toBe('No placeholders');
  });

  it('gives "" for an unknown key, as the browser does, and throws on a missing substitution', () => {
    expect(lookup('nope', [])).toBe('');
    expect(() => lookup('greet', ['Ann'])).toThrow(/no substitution \$2/u);
  });
});

describe('t, tCount and Message', () => {
  afterEach(() => setMessageLookup(null));

  it('read the real messages in the glue tests (tests/support/i18n-setup.ts)', () => {
    expect(t('popup_search_failed', 'offline')).toBe('Search failed: offline');
    expect(tCount(1, 'common_passages_one', 'common_passages')).toBe('1 passage');
    expect(tCount(1200, 'common_passages_one', 'common_passages')).toBe('1,200 passages');
  });

  it('show the key when no message is found, not an empty string', () => {
    setMessageLookup(() => '');
    expect(t('popup_searching')).toBe('popup_searching');
  });

  it('Message puts elements where the translation puts their placeholders', () => {
    setMessageLookup(
      lookupIn({
        popup_highlight_on_site: {
          message: 'On $SITE$: highlight',
          placeholders: { site: { content: '$1' } },
        },
      }),
    );
    const root = document.createElement('div');
    render(<Message id="popup_highlight_on_site" parts={[<strong>example.com</strong>]} />, root);
    expect(root.innerHTML).toBe('On <strong>example.com</strong>: highlight');
  });
});
