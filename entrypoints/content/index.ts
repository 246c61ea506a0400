// PLACEHOLDER (skeleton): the highlight/card issue builds the content script here.
import { defineContentScript } from 'wxt/utils/define-content-script';
import './highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main() {},
});
