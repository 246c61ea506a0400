/**
 * The Sources page with a fake `api` that keeps sources in memory the way
 * lib/sources.ts keeps them in IndexedDB: what the page shows after each
 * action is what `listSources` answers, never the page's own guess.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { SourceSummary } from '../../core/messages';
import type { SourceOrigin } from '../../core/sources/pack';
import type { StoredSource } from '../../core/sources/user-source';
import { article } from '../fixtures/sample-card';
import { SourcesPage } from './SourcesPage';
import type { ImportInput, ImportOptions, ImportProgress, SourcesApi } from './sources-api';

function summary(
  id: string,
  title: string,
  origin: SourceOrigin,
  extra: Partial<SourceSummary> & { publisher?: string | null; date?: string | null } = {},
): SourceSummary {
  const { publisher = null, date = null, ...rest } = extra;
  return {
    article: article(id, title, publisher, date),
    passageCount: 3,
    termCount: 5,
    origin,
    file: `${id}.txt`,
    enabled: true,
    addedAt: origin === 'bundled' ? null : '2024-06-01T00:00:00.000Z',
    ...rest,
  };
}

const SOURCES = (): SourceSummary[] => [
  summary('derna', 'Floods in Derna', 'bundled', { publisher: 'Reuters', date: '2023-09-12' }),
  summary('kenya', 'Kenya protests', 'bundled', { publisher: 'BBC', date: '2024-06-25' }),
  summary('crowd', 'The CrowdStrike outage', 'file', {
    publisher: 'Ars Technica',
    date: '2024-07-19',
    addedAt: '2024-07-20T09:00:00.000Z',
  }),
  summary('moon', 'Chandrayaan-3 lands', 'page', {
    publisher: null,
    date: null,
    addedAt: '2024-08-01T09:00:00.000Z',
    passageCount: 1,
    termCount: 1,
  }),
  summary('euro', 'Spain win Euro 2024', 'pack', {
    publisher: 'UEFA',
    date: '2024-07-14',
    addedAt: '2024-07-15T09:00:00.000Z',
    enabled: false,
  }),
];

/** A step the test releases by hand, so an import can be watched between files. */
function gate() {
  let open: () => void = () => {};
  let promise = new Promise<void>((r) => (open = r));
  return {
    wait: () => promise,
    release() {
      const o = open;
      promise = new Promise<void>((r) => (open = r));
      o();
    },
  };
}

// Each method is a mock that may return anything (stubs return promises, tests replace them).
type FakeApi = SourcesApi & { [K in keyof SourcesApi]: Mock<(...args: any[]) => any> } & {
  sources: SourceSummary[];
};

function fakeApi(options: { stepped?: ReturnType<typeof gate> } = {}): FakeApi {
  let sources = SOURCES();
  const removedSummaries = new Map<string, SourceSummary[]>();
  const store = (input: ImportInput): SourceSummary => {
    const id = input.name.replace(/\.\w+$/, '').replace(/\W+/g, '-');
    return summary(id, new TextDecoder().decode(input.bytes).split('\n')[0]!, 'file', {
      file: input.name,
      addedAt: '2024-09-01T00:00:00.000Z',
    });
  };
  const api = {
    get sources() {
      return sources;
    },
    listSources: vi.fn(async () => sources.map((s) => ({ ...s }))),
    setSourcesEnabled: vi.fn(async (files: string[], enabled: boolean) => {
      sources = sources.map((s) => (files.includes(s.file) ? { ...s, enabled } : s));
    }),
    removeSources: vi.fn(async (files: string[]): Promise<StoredSource[]> => {
      const gone = sources.filter((s) => files.includes(s.file) && s.origin !== 'bundled');
      sources = sources.filter((s) => !gone.includes(s));
      return gone.map((s) => {
        removedSummaries.set(s.file, [s]);
        return {
          file: s.file,
          origin: s.origin as StoredSource['origin'],
          addedAt: s.addedAt!,
          text: `${s.article.title}\n\nText.`,
          enabled: s.enabled,
          compiled: {
            formatVersion: 1,
            articles: [s.article],
            passages: [],
            terms: [],
            figures: [],
          },
        };
      });
    }),
    restoreSources: vi.fn(async (removed: StoredSource[]) => {
      for (const r of removed) sources.push(...(removedSummaries.get(r.file) ?? []));
    }),
    importFiles: vi.fn(async (inputs: ImportInput[], opts: ImportOptions) => {
      const p: ImportProgress = {
        total: inputs.length,
        done: 0,
        current: null,
        added: [],
        failed: [],
        cancelled: false,
      };
      for (const input of inputs) {
        if (opts.signal?.aborted) return { ...p, current: null, cancelled: true };
        p.current = input.name;
        opts.onProgress?.({ ...p });
        await options.stepped?.wait();
        if (input.name.startsWith('bad'))
          p.failed.push({ name: input.name, error: `${input.name}:1: no title` });
        else {
          sources.push(store(input));
          p.added.push(input.name);
        }
        p.done++;
        opts.onProgress?.({ ...p, added: [...p.added], failed: [...p.failed] });
      }
      return { ...p, current: null };
    }),
    importPack: vi.fn(async (name: string) => {
      throw new Error(
        `${name}: not a Sourcelight pack (its "format" is "zip", expected "sourcelight-pack")`,
      );
    }),
    exportPack: vi.fn(async (files: string[], name: string) => JSON.stringify({ name, files })),
    openReader: vi.fn(),
    download: vi.fn(),
  };
  return api;
}

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  vi.useRealTimers();
});

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

async function mount(api: SourcesApi, props: { undoMs?: number } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <SourcesPage api={api} now={() => new Date('2024-09-01T12:00:00Z')} {...props} />,
      root!,
    );
  });
  await flush();
  return root;
}

const $ = <T extends Element = HTMLElement>(sel: string) => {
  const el = root!.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};
const rows = () => [...root!.querySelectorAll<HTMLLIElement>('.sl-source-rows > li')];
const rowIds = () => rows().map((r) => r.dataset.articleId);
const row = (id: string) => $<HTMLLIElement>(`li[data-article-id="${id}"]`);
const buttonIn = (el: Element, text: string) => {
  const b = [...el.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};

async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

async function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
  await flush();
}

/** Chooses files in a file input, as the browser's picker would. */
async function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

const txt = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('Sources page: the list', () => {
  it('shows every source with publisher, date, origin, passages and names; newest added first', async () => {
    await mount(fakeApi());
    expect(rowIds()).toEqual(['moon', 'crowd', 'euro', 'derna', 'kenya']);
    expect($('#sl-list-title').textContent).toBe('Your sources 5 articles');
    const meta = (id: string) =>
      [...row(id).querySelectorAll('.sl-meta')].map((m) => m.textContent);
    expect(meta('crowd')).toEqual([
      'Ars Technica · 19 Jul 2024',
      'file · 3 passages · 5 names · crowd.txt',
    ]);
    expect(meta('moon')).toEqual([
      'publisher not stated · date not stated',
      'added page · 1 passage · 1 name · moon.txt',
    ]);
    expect(meta('derna')[1]).toBe('bundled · 3 passages · 5 names');
    expect(meta('euro')[1]).toMatch(/^from a pack/);
    // Off sources say so in their title line.
    expect(row('euro').querySelector('.sl-src-title')?.textContent).toBe(
      'Spain win Euro 2024 (off)',
    );
    expect(row('euro').classList.contains('sl-src-off')).toBe(true);
  });

  it('filters by title, publisher or author and sorts by date, title and publisher', async () => {
    await mount(fakeApi());
    const filter = $<HTMLInputElement>('#sl-filter');
    await type(filter, 'reuters');
    expect(rowIds()).toEqual(['derna']);
    expect($('#sl-list-title').textContent).toBe('Your sources 1 of 5 articles');
    await type(filter, 'CROWDSTRIKE');
    expect(rowIds()).toEqual(['crowd']);
    await type(filter, 'nothing like this');
    expect(rowIds()).toEqual([]);
    expect($('.sl-list-empty').textContent).toBe('No source matches your search.');
    await type(filter, '');
    const sort = $<HTMLSelectElement>('#sl-sort');
    await type(sort, 'date');
    expect(rowIds()).toEqual(['crowd', 'euro', 'kenya', 'derna', 'moon']);
    await type(sort, 'title');
    expect(rowIds()).toEqual(['moon', 'derna', 'kenya', 'euro', 'crowd']);
    await type(sort, 'publisher');
    expect(rowIds()).toEqual(['crowd', 'kenya', 'derna', 'euro', 'moon']);
  });

  it('opens a source in the reader', async () => {
    const api = fakeApi();
    await mount(api);
    await click(buttonIn(row('kenya'), 'Open'));
    expect(api.openReader).toHaveBeenCalledWith('kenya');
  });

  it('says so when the sources cannot be read', async () => {
    const api = fakeApi();
    api.listSources.mockRejectedValueOnce(new Error('IndexedDB is closed'));
    await mount(api);
    expect(root!.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load the sources: IndexedDB is closed',
    );
  });
});

describe('Sources page: on and off', () => {
  it('turns one source off, then a whole set on; the list shows what the store says', async () => {
    const api = fakeApi();
    await mount(api);
    const toggle = row('crowd').querySelector<HTMLInputElement>('.sl-src-toggle input')!;
    expect(toggle.getAttribute('aria-label')).toBe('Use The CrowdStrike outage');
    await click(toggle);
    expect(api.setSourcesEnabled).toHaveBeenCalledWith(['crowd.txt'], false);
    expect(row('crowd').classList.contains('sl-src-off')).toBe(true);
    expect($('#sl-announce').textContent).toBe('1 source turned off.');

    const sets = () =>
      [...root!.querySelectorAll<HTMLLabelElement>('.sl-set')].map((l) => [
        l.dataset.origin,
        l.querySelector('input')!.checked,
        l.querySelector('input')!.getAttribute('aria-checked'),
        l.querySelector('.sl-set-count')!.textContent,
      ]);
    expect(sets()).toEqual([
      ['bundled', true, 'true', '2 of 2 on'],
      ['page', true, 'true', '1 of 1 on'],
      ['file', false, 'false', '0 of 1 on'],
      ['pack', false, 'false', '0 of 1 on'],
    ]);
    await click($('.sl-set[data-origin="bundled"] input'));
    expect(api.setSourcesEnabled).toHaveBeenLastCalledWith(['derna.txt', 'kenya.txt'], false);
    expect(
      rows()
        .filter((r) => r.classList.contains('sl-src-off'))
        .map((r) => r.dataset.articleId),
    ).toEqual(['crowd', 'euro', 'derna', 'kenya']);
    expect($('#sl-announce').textContent).toBe('all bundled sources turned off.');
  });

  it('while the store is changing, the checkboxes show what was asked, not the old state', async () => {
    const api = fakeApi();
    const stepped = gate();
    const store = api.setSourcesEnabled.getMockImplementation() as SourcesApi['setSourcesEnabled'];
    api.setSourcesEnabled.mockImplementation(async (files: string[], enabled: boolean) => {
      await stepped.wait();
      return store(files, enabled);
    });
    await mount(api);
    const toggle = () => row('crowd').querySelector<HTMLInputElement>('.sl-src-toggle input')!;
    await click(toggle());
    expect(toggle().checked).toBe(false);
    expect(row('crowd').classList.contains('sl-src-off')).toBe(true);
    const files = $<HTMLInputElement>('.sl-set[data-origin="file"] input');
    expect(files.checked).toBe(false);
    stepped.release();
    await flush();
    expect(toggle().checked).toBe(false);
    expect(api.setSourcesEnabled).toHaveBeenCalledWith(['crowd.txt'], false);
  });

  it('a set partly on is mixed, and checking it turns all of it on', async () => {
    const api = fakeApi();
    await mount(api);
    await click(row('derna').querySelector('.sl-src-toggle input')!);
    const bundled = $<HTMLInputElement>('.sl-set[data-origin="bundled"] input');
    expect(bundled.indeterminate).toBe(true);
    expect(bundled.getAttribute('aria-checked')).toBe('mixed');
    await click(bundled);
    expect(api.setSourcesEnabled).toHaveBeenLastCalledWith(['derna.txt', 'kenya.txt'], true);
    expect(bundled.indeterminate).toBe(false);
    expect(bundled.checked).toBe(true);
  });

  it('a failed change says why and shows the stored state', async () => {
    const api = fakeApi();
    api.setSourcesEnabled.mockRejectedValueOnce(new Error('the background did not answer'));
    await mount(api);
    await click(row('crowd').querySelector('.sl-src-toggle input')!);
    expect($('#sl-action-error').textContent).toBe(
      'Could not turn 1 source off: the background did not answer',
    );
    expect(row('crowd').querySelector<HTMLInputElement>('.sl-src-toggle input')!.checked).toBe(
      true,
    );
  });
});

describe('Sources page: remove and undo', () => {
  it('removes a user source and Undo puts it back; bundled sources have no Remove', async () => {
    const api = fakeApi();
    await mount(api);
    expect(row('derna').querySelector('.sl-src-remove')).toBeNull();
    expect(row('derna').textContent).toContain('read-only');
    await click(row('crowd').querySelector('.sl-src-remove')!);
    expect(api.removeSources).toHaveBeenCalledWith(['crowd.txt']);
    expect(rowIds()).not.toContain('crowd');
    expect($('.sl-undo-message').textContent).toBe('Removed 1 source.');
    await click($('.sl-undo-button'));
    expect(api.restoreSources).toHaveBeenCalledOnce();
    expect(api.restoreSources.mock.calls[0]![0].map((s: StoredSource) => s.file)).toEqual([
      'crowd.txt',
    ]);
    expect(rowIds()).toContain('crowd');
    expect(root!.querySelector('.sl-undo')).toBeNull();
    expect($('#sl-announce').textContent).toBe('Restored 1 source.');
  });

  it('focus moves to Undo when the Remove button pressed goes away with its row', async () => {
    await mount(fakeApi());
    const remove = row('moon').querySelector<HTMLButtonElement>('.sl-src-remove')!;
    remove.focus();
    expect(document.activeElement).toBe(remove);
    await click(remove);
    expect(rowIds()).not.toContain('moon');
    expect(document.activeElement).toBe($('.sl-undo-button'));
  });

  it('removes the selected user sources (skipping bundled ones); Undo restores every removal while shown', async () => {
    const api = fakeApi();
    await mount(api);
    for (const id of ['derna', 'crowd', 'moon'])
      await click(row(id).querySelector('.sl-src-select')!);
    expect($('.sl-selection-count').textContent).toBe('3 selected');
    expect($('#sl-remove-selected').textContent).toBe('Remove 2');
    await click($('#sl-remove-selected'));
    expect(api.removeSources).toHaveBeenCalledWith(['crowd.txt', 'moon.txt']);
    await click(row('euro').querySelector('.sl-src-remove')!);
    expect($('.sl-undo-message').textContent).toBe('Removed 3 sources.');
    expect(rowIds()).toEqual(['derna', 'kenya']);
    await click($('.sl-undo-button'));
    expect(rowIds().sort()).toEqual(['crowd', 'derna', 'euro', 'kenya', 'moon']);
  });

  it('Undo is offered for undoMs, and not after', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const api = fakeApi();
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<SourcesPage api={api} undoMs={5000} />, root!);
    });
    await act(async () => {
      await vi.runOnlyPendingTimersAsync();
    });
    await act(async () => row('crowd').querySelector<HTMLButtonElement>('.sl-src-remove')!.click());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(root.querySelector('.sl-undo')).not.toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4900);
    });
    expect(root.querySelector('.sl-undo')).not.toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(root.querySelector('.sl-undo')).toBeNull();
    expect(api.restoreSources).not.toHaveBeenCalled();
  });
});

describe('Sources page: adding', () => {
  it('imports chosen files with progress (N of M, current file, counts), Cancel stops it, the summary says what happened', async () => {
    const stepped = gate();
    const api = fakeApi({ stepped });
    await mount(api);
    const files = [
      txt('one.txt', 'First article\n\nText.'),
      txt('bad.txt', ''),
      txt('three.txt', 'Third\n\nText.'),
      txt('four.txt', 'Fourth\n\nText.'),
    ];
    await choose($<HTMLInputElement>('#sl-add-files'), files);
    expect(api.importFiles).toHaveBeenCalledOnce();
    const [inputs, opts] = api.importFiles.mock.calls[0]!;
    expect(inputs.map((i: ImportInput) => i.name)).toEqual([
      'one.txt',
      'bad.txt',
      'three.txt',
      'four.txt',
    ]);
    expect(new TextDecoder().decode(inputs[0].bytes)).toBe('First article\n\nText.');
    expect(opts.signal.aborted).toBe(false);

    const bar = () => $<HTMLProgressElement>('.sl-import-bar');
    expect([bar().max, bar().value]).toEqual([4, 0]);
    expect($('.sl-import-count').textContent).toBe('0 of 4 files');
    expect($('.sl-import-current').textContent).toBe('one.txt');
    expect($('#sl-announce').textContent).toBe('Importing 4 files…');
    // The add controls wait for this import.
    expect($<HTMLInputElement>('#sl-add-files').disabled).toBe(true);

    stepped.release();
    await flush();
    stepped.release();
    await flush();
    expect([bar().max, bar().value]).toEqual([4, 2]);
    expect($('.sl-import-count').textContent).toBe('2 of 4 files');
    expect($('.sl-import-added').textContent).toBe('1 added');
    expect($('.sl-import-failed').textContent).toBe('1 failed');
    expect($('.sl-import-current').textContent).toBe('three.txt');

    await click(buttonIn($('.sl-import-running'), 'Cancel'));
    expect(opts.signal.aborted).toBe(true);
    stepped.release(); // the file being read when Cancel was pressed finishes
    await flush();
    expect(root!.querySelector('.sl-import-bar')).toBeNull();
    const summary = 'Cancelled after 3 of 4 files: 2 added, 1 failed.';
    expect($('.sl-import-summary').textContent).toBe(summary);
    expect($('#sl-announce').textContent).toBe(summary);
    expect($('.sl-import-failures').textContent).toBe('bad.txt: bad.txt:1: no title');
    // The list is re-read: what was stored is there.
    expect(rowIds()).toContain('one');
    expect(rowIds()).toContain('three');
    expect(rowIds()).not.toContain('four');
    expect($<HTMLInputElement>('#sl-add-files').disabled).toBe(false);
  });

  it('a folder: files that are not sources are skipped and named; their paths are kept', async () => {
    const api = fakeApi();
    await mount(api);
    const inFolder = (path: string, text: string) => {
      const f = txt(path.split('/').pop()!, text);
      Object.defineProperty(f, 'webkitRelativePath', { value: path });
      return f;
    };
    const folder = $<HTMLInputElement>('#sl-add-folder');
    expect(folder.hasAttribute('webkitdirectory')).toBe(true);
    await choose(folder, [
      inFolder('clips/a.md', 'A\n\nText.'),
      inFolder('clips/photo.jpg', 'not text'),
      inFolder('clips/sub/b.txt', 'B\n\nText.'),
    ]);
    expect(api.importFiles.mock.calls[0]![0].map((i: ImportInput) => i.name)).toEqual([
      'clips/a.md',
      'clips/sub/b.txt',
    ]);
    expect($('.sl-import-summary').textContent).toBe('Added 2 of 2 files.');
    expect($('.sl-import-skipped').textContent).toBe(
      'Skipped 1 file that is not .txt, .md, .html or .pack.json: clips/photo.jpg',
    );
  });

  it('files dropped on the page are imported', async () => {
    const api = fakeApi();
    await mount(api);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], items: [], files: [txt('dropped.txt', 'Dropped\n\nText.')] },
    });
    await act(async () => {
      $('.sl-add').dispatchEvent(drop);
    });
    await flush();
    expect(drop.defaultPrevented).toBe(true);
    expect(api.importFiles.mock.calls[0]![0].map((i: ImportInput) => i.name)).toEqual([
      'dropped.txt',
    ]);
    expect(rowIds()).toContain('dropped');
  });

  it('pasted text is imported as a .txt file named from its first line', async () => {
    const api = fakeApi();
    await mount(api);
    const box = $<HTMLTextAreaElement>('#sl-paste-text');
    await type(box, 'Kenya protests\n\nThousands marched.');
    // A stored name is never taken: kenya.txt exists, so this one is distinct anyway.
    expect($('#sl-paste-name').textContent).toBe('Saved as kenya-protests.txt');
    await act(async () => {
      box.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    const [inputs] = api.importFiles.mock.calls[0]!;
    expect(inputs).toHaveLength(1);
    expect(inputs[0].name).toBe('kenya-protests.txt');
    expect(new TextDecoder().decode(inputs[0].bytes)).toBe('Kenya protests\n\nThousands marched.');
    expect(box.value).toBe('');
    expect($('.sl-import-summary').textContent).toBe('Added 1 of 1 file.');
  });

  it('a refused pack shows its reason and changes nothing', async () => {
    const api = fakeApi();
    await mount(api);
    const before = rowIds();
    await choose($<HTMLInputElement>('#sl-add-pack'), [
      new File(['PK\u0003\u0004'], 'team.pack.json'),
    ]);
    expect(api.importPack).toHaveBeenCalledOnce();
    expect(api.importPack.mock.calls[0]![0]).toBe('team.pack.json');
    expect($('.sl-import-error [role="alert"]').textContent).toBe(
      'The pack team.pack.json was refused; nothing was changed. team.pack.json: not a Sourcelight pack (its "format" is "zip", expected "sourcelight-pack")',
    );
    expect($('#sl-announce').textContent).toMatch(/^The pack team.pack.json was refused/);
    expect(rowIds()).toEqual(before);
    for (const f of ['importFiles', 'removeSources', 'setSourcesEnabled'] as const)
      expect(api[f]).not.toHaveBeenCalled();
  });
});

describe('Sources page: export', () => {
  it('exports all user sources, or the selected ones, and downloads the pack', async () => {
    const api = fakeApi();
    await mount(api);
    expect($('#sl-export-all').textContent).toBe('Export all your sources as a pack (3)');
    await click($('#sl-export-all'));
    expect(api.exportPack).toHaveBeenCalledWith(
      ['crowd.txt', 'moon.txt', 'euro.txt'],
      'My sources',
    );
    expect(api.download).toHaveBeenCalledWith(
      'sourcelight-sources-2024-09-01.pack.json',
      JSON.stringify({ name: 'My sources', files: ['crowd.txt', 'moon.txt', 'euro.txt'] }),
    );
    await click(row('kenya').querySelector('.sl-src-select')!);
    await click(row('moon').querySelector('.sl-src-select')!);
    expect($('#sl-export-selected').textContent).toBe('Export 1 as a pack');
    await click($('#sl-export-selected'));
    expect(api.exportPack).toHaveBeenLastCalledWith(['moon.txt'], 'Selected sources');
    expect(api.download.mock.lastCall![0]).toBe('sourcelight-selection-2024-09-01.pack.json');
  });

  it('with only bundled sources there is nothing to export', async () => {
    const api = fakeApi();
    api.listSources.mockImplementation(async () => SOURCES().filter((s) => s.origin === 'bundled'));
    await mount(api);
    expect($<HTMLButtonElement>('#sl-export-all').disabled).toBe(true);
  });
});
