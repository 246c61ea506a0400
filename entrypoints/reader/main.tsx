/** Thin: the reader page reads its route from the address and asks the background. */
import { render } from 'preact';
import { followStoredTheme } from '../../components/theme';
import { copyWithNavigator } from '../../components/CopyCitation';
import { Reader, type ReaderApi } from '../../components/reader/Reader';
import { parseReaderRoute } from '../../core/reader-url';
import { sendToBackground } from '../../lib/messaging';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import '../../components/theme.css';
import '../../components/copy-citation.css';
import './reader.css';

const api: ReaderApi = {
  getArticle: (articleId) => sendToBackground('getArticle', { articleId }),
  lookupTerm: (termId) => sendToBackground('lookupTerm', { termId }),
  search: (query) => sendToBackground('search', { query, limit: 100 }),
  listSources: () => sendToBackground('listSources', {}),
  copyText: copyWithNavigator,
};

followStoredTheme({ loadSettings, watchSettings });

const root = document.getElementById('app');
if (root) render(<Reader route={parseReaderRoute(location.search)} api={api} />, root);
