/**
 * The Sources page's names for sort orders, origins and origin sets are messages (#15), not
 * English from core/view/source-list.ts: with every message replaced by a marker, they show
 * as markers.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../core/messages';
import type { SourceOrigin } from '../../core/sources/pack';
import { originSets } from '../../core/view/source-list';
import { article } from '../fixtures/sample-card';
import { setMessageLookup } from '../i18n';
import { importSummary } from './import-summary';
import { OriginSetToggles } from './OriginSetToggles';
import { SourceList } from './SourceList';

const summary = (id: string, origin: SourceOrigin): SourceSummary => ({
  article: article(id, `Title ${id}`, null, null),
  passageCount: 1,
  termCount: 1,
  origin,
  file: `${id}.txt`,
  enabled: true,
  addedAt: null,
});
const SOURCES = [summary('a', 'bundled'), summary('b', 'page'), summary('c', 'pack')];
const noop = () => {};

describe('Sources page labels in a pseudo-locale', () => {
  afterEach(() => {
    setMessageLookup(null);
    document.body.replaceChildren();
  });

  it('sort orders, origins and origin sets come from messages', () => {
    setMessageLookup((key, subs) => `‹${[key, ...subs].join('|')}›`);
    const root = document.body.appendChild(document.createElement('div'));
    render(
      <>
        <OriginSetToggles sets={originSets(SOURCES)} busy={false} onEnable={noop} />
        <SourceList
          sources={SOURCES}
          selected={new Set()}
          busy={false}
          onSelect={noop}
          onEnable={noop}
          onOpen={noop}
          onRemove={noop}
          onExport={noop}
        />
      </>,
      root,
    );
    const texts = (selector: string) =>
      [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim());
    expect(texts('select option')).toEqual([
      '‹sources_sort_added›',
      '‹sources_sort_date›',
      '‹sources_sort_title›',
      '‹sources_sort_publisher›',
    ]);
    expect(texts('.sl-origin').sort()).toEqual([
      '‹sources_origin_bundled›',
      '‹sources_origin_pack›',
      '‹sources_origin_page›',
    ]);
    expect(
      [...root.querySelectorAll('.sl-set')].map((el) => el.firstChild?.nextSibling?.textContent),
    ).toEqual(['‹sources_set_bundled›', '‹sources_set_page›', '‹sources_set_pack›']);
    expect(
      importSummary({ total: 2, done: 2, added: ['x'], failed: [{}], cancelled: false }, 'file'),
    ).toBe('‹sources_summary_added_failed|1|‹sources_files|2›|1›');
  });
});
