/**
 * Ways to add sources: choose files, choose a folder (where the browser
 * offers one), drop files or folders, paste text, import a pack. Each hands
 * the page what the reader gave; the page runs one import at a time.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { IMPORT_ACCEPT, pastedFileName } from '../../core/view/source-list';
import { PACK_EXTENSION } from '../../core/sources/pack';
import { Message } from '../Message';
import { t } from '../i18n';
import { namedFiles, type NamedFile } from './read-files';

export interface AddSourcesProps {
  busy: boolean;
  /** Stored file names, so a paste never takes one. */
  takenNames: readonly string[];
  onFiles(files: NamedFile[]): void;
  onPack(file: File): void;
  onPaste(name: string, text: string): void;
  /** Now, for the paste's fallback name (a parameter so tests can fix it). */
  now?(): Date;
}

/** Takes the chosen files and clears the input, so choosing the same file again imports it again. */
function takeFiles(e: Event): File[] {
  const input = e.currentTarget as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}

export function AddSources(props: AddSourcesProps): JSX.Element {
  const { busy } = props;
  // `webkitdirectory` is not in Preact's types; Chromium and Firefox both support it.
  const folderAttrs = { webkitdirectory: '', directory: '' };
  return (
    <section class="sl-add" aria-labelledby="sl-add-title">
      <h2 id="sl-add-title">{t('sources_add_heading')}</h2>
      <p class="sl-muted">
        <Message
          id="sources_add_help"
          parts={[
            <code>date:</code>,
            <code>publisher:</code>,
            <code>author:</code>,
            <code>seeds/</code>,
          ]}
        />
      </p>
      <div class="sl-row sl-add-buttons">
        <label class="sl-file-button">
          <input
            id="sl-add-files"
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
            disabled={busy}
            onChange={(e) => props.onFiles(namedFiles(takeFiles(e)))}
          />
          <span>{t('sources_add_files')}</span>
        </label>
        <label class="sl-file-button">
          <input
            id="sl-add-folder"
            type="file"
            multiple
            disabled={busy}
            {...folderAttrs}
            onChange={(e) => props.onFiles(namedFiles(takeFiles(e)))}
          />
          <span>{t('sources_add_folder')}</span>
        </label>
        <label class="sl-file-button">
          <input
            id="sl-add-pack"
            type="file"
            accept={`${PACK_EXTENSION},.json`}
            disabled={busy}
            onChange={(e) => {
              const [file] = takeFiles(e);
              if (file) props.onPack(file);
            }}
          />
          <span>{t('sources_add_pack')}</span>
        </label>
      </div>
      <p class="sl-drop-hint sl-muted">{t('sources_add_drop')}</p>
      <PasteBox {...props} />
    </section>
  );
}

function PasteBox({ busy, takenNames, onPaste, now }: AddSourcesProps): JSX.Element {
  const [text, setText] = useState('');
  const name = text.trim() ? pastedFileName(text, (now ?? (() => new Date()))(), takenNames) : null;
  return (
    <details class="sl-paste">
      <summary>{t('sources_paste')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name) return;
          onPaste(name, text);
          setText('');
        }}
      >
        <label for="sl-paste-text">{t('sources_paste_label')}</label>
        <textarea
          id="sl-paste-text"
          rows={8}
          value={text}
          aria-describedby="sl-paste-name"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="sl-row">
          <button type="submit" disabled={busy || !name}>
            {t('sources_paste_add')}
          </button>
          <span id="sl-paste-name" class="sl-muted">
            {name ? t('sources_paste_saved_as', name) : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
