/**
 * "Add this page" (#13): reads the tab's article through its content script,
 * shows what was found and where each value came from, lets the reader correct
 * title, publisher, author and date, then saves it as one of their sources.
 * All I/O comes in through `api`, so happy-dom tests drive it with a stub.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageCaptureReply } from '../../core/messages';
import type { PageCapture } from '../../core/sources/capture-seed';
import {
  checkCaptureDraft,
  draftOfCapture,
  summarizeCaptureText,
  type CaptureDraft,
  type DraftField,
} from '../../core/sources/capture-draft';
import { errorMessage } from '../../core/guards';
import { t, tCount, type MessageKey } from '../i18n';

/** What saving a page gives back (lib/sources.ts `addCapturedPage`). */
export interface AddedPage {
  file: string;
  articles: number;
  terms: number;
  passages: number;
}

export interface AddPageApi {
  /** Asks the tab's content script to read its article. */
  capturePage(tabId: number): Promise<PageCaptureReply>;
  /** Compiles and stores the page; rejects with the reason it was not saved. */
  addCapturedPage(capture: PageCapture): Promise<AddedPage>;
  /** Opens the Sources page in a tab. */
  openSources(): void;
}

type CapturedReply = Extract<PageCaptureReply, { ok: true }>;

type Step =
  | { step: 'reading' }
  | { step: 'refused'; message: string }
  | { step: 'preview'; reply: CapturedReply }
  | { step: 'saved'; added: AddedPage };

/**
 * Why "Add this page" cannot work for the popup's target, or null when it can.
 * `target` null: not known yet (the button waits, without a reason).
 */
export function addPageBlockedReason(
  target: { tabId: number | null; url: string | null } | null,
): string | null {
  if (target === null) return null;
  if (target.tabId === null) return t('add_blocked_no_tab');
  if (target.url === null) return t('add_blocked_not_web');
  return null;
}

export function AddPage({
  api,
  tabId,
  onClose,
  onAdded,
}: {
  api: AddPageApi;
  tabId: number;
  onClose(): void;
  onAdded?(added: AddedPage): void;
}): JSX.Element {
  const [state, setState] = useState<Step>({ step: 'reading' });

  useEffect(() => {
    let cancelled = false;
    api.capturePage(tabId).then(
      (reply) => {
        if (cancelled) return;
        setState(
          reply.ok ? { step: 'preview', reply } : { step: 'refused', message: reply.message },
        );
      },
      (error: unknown) => {
        // No content script (page opened before an update, or still loading): say what helps.
        if (!cancelled)
          setState({
            step: 'refused',
            message: t('add_read_failed', errorMessage(error)),
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, tabId]);

  switch (state.step) {
    case 'reading':
      return (
        <section class="sl-add" aria-labelledby="sl-add-heading">
          <h2 id="sl-add-heading">{t('popup_add_page')}</h2>
          <p class="sl-muted" role="status">
            {t('add_reading')}
          </p>
        </section>
      );
    case 'refused':
      return (
        <section class="sl-add" aria-labelledby="sl-add-heading">
          <h2 id="sl-add-heading">{t('popup_add_page')}</h2>
          <p class="sl-error" role="alert" id="sl-add-refused">
            {state.message}
          </p>
          <div class="sl-add-actions">
            <button type="button" onClick={onClose}>
              {t('add_back')}
            </button>
          </div>
        </section>
      );
    case 'preview':
      return (
        <AddPagePreview
          reply={state.reply}
          save={(capture) => api.addCapturedPage(capture)}
          onSaved={(added) => {
            setState({ step: 'saved', added });
            onAdded?.(added);
          }}
          onCancel={onClose}
        />
      );
    case 'saved':
      return (
        <section class="sl-add" aria-labelledby="sl-add-heading">
          <h2 id="sl-add-heading">{t('add_added_heading')}</h2>
          <p role="status" id="sl-add-done">
            {describeAdded(state.added)}
          </p>
          <div class="sl-add-actions">
            <button type="button" class="sl-link-button" onClick={() => api.openSources()}>
              {t('add_open_sources')}
            </button>
            <button type="button" onClick={onClose}>
              {t('add_done')}
            </button>
          </div>
        </section>
      );
  }
}

/** "Added: 12 names, 30 passages" (and the number of articles when a page held several). */
export function describeAdded(added: AddedPage): string {
  const names = tCount(added.terms, 'add_names_one', 'add_names');
  const passages = tCount(added.passages, 'common_passages_one', 'common_passages');
  return added.articles > 1
    ? t('add_added_articles', names, passages, String(added.articles))
    : t('add_added', names, passages);
}

const FIELDS: Array<{ field: DraftField; label: MessageKey; placeholder?: MessageKey }> = [
  { field: 'title', label: 'add_field_title' },
  { field: 'publisher', label: 'add_field_publisher' },
  { field: 'author', label: 'add_field_author' },
  { field: 'date', label: 'add_field_date', placeholder: 'add_field_date_placeholder' },
];

function AddPagePreview({
  reply,
  save,
  onSaved,
  onCancel,
}: {
  reply: CapturedReply;
  save(capture: PageCapture): Promise<AddedPage>;
  onSaved(added: AddedPage): void;
  onCancel(): void;
}): JSX.Element {
  const { capture, from, dateProblem } = reply;
  const [draft, setDraft] = useState<CaptureDraft>(() => draftOfCapture(capture));
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const original = draftOfCapture(capture);
  const text = summarizeCaptureText(capture.text);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const checked = checkCaptureDraft(capture, draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = FIELDS.find(({ field }) => checked.problems[field]);
      if (first) document.getElementById(`sl-add-${first.field}`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    setSaveError(null);
    save(checked.capture).then(onSaved, (error: unknown) => {
      // The form stays as the reader left it, so nothing typed is lost.
      setSaving(false);
      setSaveError(errorMessage(error));
    });
  };

  return (
    <form class="sl-add" aria-labelledby="sl-add-heading" noValidate onSubmit={onSubmit}>
      <h2 id="sl-add-heading">{t('popup_add_page')}</h2>
      <p class="sl-muted sl-add-intro">{t('add_intro')}</p>
      {FIELDS.map(({ field, label, placeholder }) => (
        <div class="sl-field" key={field}>
          <label for={`sl-add-${field}`}>{t(label)}</label>
          <input
            id={`sl-add-${field}`}
            type="text"
            value={draft[field]}
            placeholder={placeholder && t(placeholder)}
            spellcheck={field === 'title'}
            aria-invalid={problems[field] ? true : undefined}
            aria-describedby={`sl-add-${field}-from${problems[field] ? ` sl-add-${field}-problem` : ''}`}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setDraft((d) => ({ ...d, [field]: value }));
              // A problem is about what was typed before: editing the field answers it.
              setProblems(({ [field]: _answered, ...rest }) => rest);
            }}
          />
          <small class="sl-from" id={`sl-add-${field}-from`}>
            {describeOrigin(draft[field] !== original[field], original[field], from[field] ?? null)}
          </small>
          {field === 'date' && dateProblem && (
            <small class="sl-note" id="sl-add-date-note">
              {dateProblem}
            </small>
          )}
          {problems[field] && (
            <small class="sl-field-error" role="alert" id={`sl-add-${field}-problem`}>
              {problems[field]}
            </small>
          )}
        </div>
      ))}
      <div class="sl-field">
        <label for="sl-add-url">{t('add_field_address')}</label>
        <input
          id="sl-add-url"
          type="text"
          value={capture.url ?? ''}
          readOnly
          aria-describedby="sl-add-url-from"
        />
        <small class="sl-from" id="sl-add-url-from">
          {describeOrigin(false, capture.url ?? '', from.url ?? null)}
        </small>
      </div>
      <section class="sl-add-text" aria-labelledby="sl-add-text-heading">
        <h3 id="sl-add-text-heading">
          {t('add_text_heading')}{' '}
          <span class="sl-muted" id="sl-add-length">
            {t(
              'add_text_length',
              tCount(text.paragraphs, 'add_paragraphs_one', 'add_paragraphs'),
              tCount(text.words, 'add_words_one', 'add_words'),
            )}
          </span>
        </h3>
        {text.opening.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
      {saveError && (
        <p class="sl-error" role="alert" id="sl-add-save-error">
          {t('add_not_saved', saveError)}
        </p>
      )}
      <div class="sl-add-actions">
        <button type="submit" id="sl-add-save" disabled={saving}>
          {saving ? t('add_saving') : t('add_save')}
        </button>
        <button type="button" id="sl-add-cancel" onClick={onCancel}>
          {t('add_cancel')}
        </button>
      </div>
    </form>
  );
}

/** The note under a field: where the page's value came from, or that the reader changed it. */
function describeOrigin(edited: boolean, original: string, origin: string | null): string {
  if (edited) return original ? t('add_origin_corrected', original) : t('add_origin_added');
  if (!original) return t('add_origin_not_found');
  return origin ? t('add_origin_from', origin) : t('add_origin_page');
}
