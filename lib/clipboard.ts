/**
 * Writes text to the clipboard from a click handler, with no extension permission (issue 13).
 *
 * The async Clipboard API first. A web page served over plain http is not a secure context, so
 * there `navigator.clipboard` is undefined, in the content script too; and a page's permissions
 * policy can refuse it. Then the `copy` command, which Chromium and Firefox allow during a user
 * click, with our text set on the copy event (no selection needed, so nothing on the page or in
 * the card is selected or changed).
 */
export async function writeClipboardText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Refused (permissions policy, document not focused): try the copy command.
    }
  }
  copyWithCommand(text, doc);
}

/** `document.execCommand('copy')` with `text` put on the copy event; throws when nothing was written. */
export function copyWithCommand(text: string, doc: Document): void {
  const win = doc.defaultView;
  if (!win) throw new Error('No window to copy from');
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    // The page's own copy handlers ("Read more at …" appenders) must not rewrite our text.
    event.stopImmediatePropagation();
    written = true;
  };
  win.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } finally {
    win.removeEventListener('copy', onCopy, true);
  }
  if (!written) throw new Error('The browser refused to copy');
}
