/**
 * A message whose placeholders hold elements, not only text: "Highlight on
 * $SITE$" with <strong>{site}</strong> for $SITE$. The translation decides
 * where each element goes; each is passed in the order of its placeholder's
 * number ($1 first).
 */
import { Fragment, type ComponentChildren, type JSX } from 'preact';
import { t, type MessageKey } from './i18n';

/** Private-use characters stand in for the elements while the browser fills the message. */
const FIRST_MARK = 0xe000;

export function Message({
  id,
  parts,
}: {
  id: MessageKey;
  parts: ComponentChildren[];
}): JSX.Element {
  const marks = parts.map((_, i) => String.fromCharCode(FIRST_MARK + i));
  const pieces = t(id, ...marks).split(/([\ue000-\ue0ff])/u);
  return (
    <>
      {pieces.map((piece, i) => {
        const part = piece.length === 1 ? piece.charCodeAt(0) - FIRST_MARK : -1;
        return (
          <Fragment key={i}>{part >= 0 && part < parts.length ? parts[part] : piece}</Fragment>
        );
      })}
    </>
  );
}
