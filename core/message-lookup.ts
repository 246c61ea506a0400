/**
 * Reading messages.json as the browser's i18n does (#15), without a browser: the
 * glue tests, the card preview outside the extension and core/'s own tests fill
 * messages through this. The extension itself asks `browser.i18n.getMessage`
 * (components/i18n.ts).
 */

type Messages = typeof import('../public/_locales/en/messages.json');

/** A key of public/_locales/en/messages.json. */
export type MessageKey = keyof Messages;
export type MessageLookup = (key: string, substitutions: string[]) => string;

interface MessageFile {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> };
}

/**
 * What `browser.i18n.getMessage` does, over a messages.json read directly:
 * named placeholders ($NAME$, any case) take their content, where $1..$9 are
 * the substitutions; `$$` is a dollar sign. Missing substitutions throw, so a
 * test that renders a message with too few finds it.
 */
export function lookupIn(messages: MessageFile): MessageLookup {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const fill = (text: string) =>
      text.replace(/\$(\d)/gu, (_, n: string) => {
        const value = substitutions[Number(n) - 1];
        if (value === undefined) throw new Error(`message ${key}: no substitution $${n}`);
        return value;
      });
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/giu, (whole, name?: string) => {
      if (name === undefined) return '$';
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : fill(content);
    });
  };
}
