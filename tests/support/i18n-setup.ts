/**
 * Glue tests (happy-dom, WXT's fakeBrowser): fakeBrowser has no
 * i18n.getMessage, so it gets one over the real messages.json. Components
 * then render the same English as in the extension.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupIn } from '../../core/message-lookup';
import messages from '../../public/_locales/en/messages.json';

const lookup = lookupIn(messages);
fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) =>
  lookup(key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
