import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../messages';
import type { ArticleMeta, Passage } from '../types';
import { createLookupService, type LoadedCorpus } from './service';

const article = (id: string): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: `Title ${id}`,
  publisher: null,
  author: null,
  url: null,
  date: null,
  dateText: null,
});
const passage = (articleId: string, ordinal: number): Passage => ({
  id: `${articleId}:${ordinal}`,
  articleId,
  ordinal,
  text: 'x',
  line: 1,
});

describe('listSources', () => {
  it('lists every article in corpus order with its passage count, none left out', async () => {
    const corpus = {
      articles: [article('b'), article('a'), article('empty')],
      passages: [passage('a', 0), passage('b', 0), passage('a', 1)],
    };
    const service = createLookupService({
      load: async () => ({ corpus }) as unknown as LoadedCorpus,
    });
    const { sources } = await service.listSources({});
    expect(sources.map((s) => [s.article.id, s.passageCount])).toEqual([
      ['b', 1],
      ['a', 2],
      ['empty', 0],
    ]);
  });

  it('is a request the background accepts', () => {
    expect(parseBackgroundRequest({ channel: 'sourcelight', type: 'listSources' })).toEqual({
      channel: 'sourcelight',
      type: 'listSources',
    });
  });
});
