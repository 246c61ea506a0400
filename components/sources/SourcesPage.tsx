/**
 * The Sources page (#13): every source, bundled and the reader's own, with
 * search, sort, on/off per source and per set, remove with Undo, open in the
 * reader; adding files, folders, pasted text and packs with progress and
 * Cancel; exporting packs. I/O comes in through `api` (lib/sources.ts in the
 * extension, a fake in tests).
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SourceSummary } from '../../core/messages';
import type { StoredSource } from '../../core/sources/user-source';
import { formatNumber } from '../format';
import { t } from '../i18n';
import { countOf } from './nouns';
import { originSets, packFileName, uniqueFiles } from '../../core/view/source-list';
import { AddSources } from './AddSources';
import { ImportStatus } from './ImportStatus';
import { originSetName } from './labels';
import { OriginSetToggles } from './OriginSetToggles';
import { pickImportable, readInputs, type NamedFile } from './read-files';
import { SourceList } from './SourceList';
import type { SourcesApi } from './sources-api';
import { UndoBar } from './UndoBar';
import { useFileDrop } from './use-file-drop';
import { useImportJob } from './use-import-job';

export type { SourcesApi } from './sources-api';

/** How long Undo is offered after a removal (paused while the bar has the pointer or focus). */
export const UNDO_MS = 10_000;

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; sources: SourceSummary[] };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SourcesPage({
  api,
  undoMs = UNDO_MS,
  now = () => new Date(),
}: {
  api: SourcesApi;
  undoMs?: number;
  now?: () => Date;
}): JSX.Element {
  const [list, setList] = useState<Load>({ status: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<StoredSource[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const reload = async () => {
    try {
      const sources = await api.listSources();
      setList({ status: 'ready', sources });
      // Forget selected files that are gone.
      const present = new Set(sources.map((s) => s.file));
      setSelected((sel) => new Set([...sel].filter((f) => present.has(f))));
    } catch (e) {
      setList({ status: 'error', error: messageOf(e) });
    }
  };
  const imports = useImportJob({ announce: setAnnouncement, onEnd: reload });
  const importing = imports.job?.phase === 'running';

  useEffect(() => {
    document.title = t('sources_page_title');
    void reload();
    // Another tab (the popup's "Add this page") may have changed the sources meanwhile.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const sources = list.status === 'ready' ? list.sources : [];
  const sets = useMemo(() => originSets(sources), [sources]);
  const userFiles = useMemo(
    () => uniqueFiles(sources.filter((s) => s.origin !== 'bundled')),
    [sources],
  );

  /** Runs one change to the stored sources, says how it went, and shows the list as it now is. */
  async function change(action: () => Promise<string>, failed: string): Promise<void> {
    setBusy(true);
    setActionError(null);
    try {
      setAnnouncement(await action());
    } catch (e) {
      setActionError(t('sources_action_failed', failed, messageOf(e)));
    } finally {
      await reload();
      setBusy(false);
    }
  }

  const setEnabled = (files: string[], enabled: boolean, what = countOf(files.length, 'source')) =>
    change(
      async () => {
        // Shown at once as asked (a controlled checkbox would otherwise flip back until the
        // store answers); the reload after the change shows what the store really holds.
        const changing = new Set(files);
        setList((l) =>
          l.status === 'ready'
            ? {
                ...l,
                sources: l.sources.map((s) => (changing.has(s.file) ? { ...s, enabled } : s)),
              }
            : l,
        );
        await api.setSourcesEnabled(files, enabled);
        return t(enabled ? 'sources_turned_on' : 'sources_turned_off', what);
      },
      t(enabled ? 'sources_turn_on_failed' : 'sources_turn_off_failed', what),
    );

  const remove = (files: string[]) =>
    change(async () => {
      const gone = await api.removeSources(files);
      // Removals while the bar is up add to it: Undo brings back all of them.
      setRemoved((earlier) => [...(earlier ?? []), ...gone]);
      return t('sources_removed_undo', countOf(gone.length, 'source'), undoMs / 1000);
    }, t('sources_remove_failed'));

  const undo = () => {
    const back = removed ?? [];
    return change(async () => {
      await api.restoreSources(back);
      setRemoved(null);
      return t('sources_restored', countOf(back.length, 'source'));
    }, t('sources_restore_failed'));
  };

  const exportPack = (files: string[], what: 'all' | 'selected') =>
    change(async () => {
      const packName = t(what === 'all' ? 'sources_pack_all' : 'sources_list_selected_label');
      const text = await api.exportPack(files, packName);
      const name = packFileName(what === 'all' ? 'sources' : 'selection', now());
      api.download(name, text);
      return t('sources_exported', countOf(files.length, 'source'), name);
    }, t('sources_export_failed'));

  async function importNamed(named: NamedFile[]): Promise<void> {
    const { files, skipped } = pickImportable(named);
    const inputs = await readInputs(files);
    await imports.run({
      what: countOf(inputs.length, 'file'),
      noun: 'file',
      total: inputs.length,
      skipped,
      start: (opts) => api.importFiles(inputs, opts),
      describeError: (reason) => t('sources_import_stopped', reason),
    });
  }

  async function importPack(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await imports.run({
      what: t('sources_the_pack', file.name),
      noun: 'source',
      total: 0,
      skipped: [],
      start: (opts) => api.importPack(file.name, bytes, opts),
      describeError: (reason) => t('sources_pack_refused', file.name, reason),
    });
  }

  const page = useRef<HTMLDivElement>(null);
  const { dragging } = useFileDrop(page, (named) => {
    if (importing) setAnnouncement(t('sources_drop_while_importing'));
    else void importNamed(named);
  });

  const importPasted = (name: string, text: string) =>
    imports.run({
      what: name,
      noun: 'file',
      total: 1,
      skipped: [],
      start: (opts) => api.importFiles([{ name, bytes: new TextEncoder().encode(text) }], opts),
      describeError: (reason) => t('sources_paste_failed', reason),
    });

  return (
    <div ref={page} class={dragging ? 'sl-sources sl-dragging' : 'sl-sources'}>
      <header class="sl-sources-header">
        <h1>{t('options_sources')}</h1>
        <p class="sl-muted">{t('sources_intro')}</p>
      </header>
      <p class="sl-visually-hidden" role="status" aria-live="polite" id="sl-announce">
        {announcement}
      </p>
      {actionError ? (
        <p class="sl-error" role="alert" id="sl-action-error">
          {actionError}
        </p>
      ) : null}
      {removed ? (
        <UndoBar
          message={t('sources_removed', countOf(removed.length, 'source'))}
          ms={undoMs}
          busy={busy}
          onUndo={() => void undo()}
          onDismiss={() => setRemoved(null)}
        />
      ) : null}
      <AddSources
        busy={importing}
        takenNames={userFiles}
        now={now}
        onFiles={(named) => void importNamed(named)}
        onPack={(file) => void importPack(file)}
        onPaste={(name, text) => void importPasted(name, text)}
      />
      {imports.job ? <ImportStatus job={imports.job} onDismiss={imports.dismiss} /> : null}
      <section class="sl-packs" aria-labelledby="sl-packs-title">
        <h2 id="sl-packs-title">{t('sources_share')}</h2>
        <button
          type="button"
          id="sl-export-all"
          disabled={userFiles.length === 0}
          onClick={() => void exportPack(userFiles, 'all')}
        >
          {t('sources_export_all', formatNumber(userFiles.length))}
        </button>{' '}
        <span class="sl-muted">{t('sources_pack_help')}</span>
      </section>
      {list.status === 'loading' ? (
        <p class="sl-muted">{t('sources_loading')}</p>
      ) : list.status === 'error' ? (
        <p class="sl-error" role="alert">
          {t('sources_load_failed', list.error)}
        </p>
      ) : (
        <>
          <OriginSetToggles
            sets={sets}
            busy={busy}
            onEnable={(set, on) => void setEnabled(set.files, on, originSetName(set.origin))}
          />
          <SourceList
            sources={sources}
            selected={selected}
            busy={busy}
            onSelect={(files, on) =>
              setSelected((sel) => {
                const next = new Set(sel);
                for (const f of files) {
                  if (on) next.add(f);
                  else next.delete(f);
                }
                return next;
              })
            }
            onEnable={(files, on) => void setEnabled(files, on)}
            onOpen={(articleId) => void api.openReader(articleId)}
            onRemove={(files) => void remove(files)}
            onExport={(files) => void exportPack(files, 'selected')}
          />
        </>
      )}
    </div>
  );
}
