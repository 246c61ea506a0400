/** Thin: the options page over the settings store. */
import { render } from 'preact';
import { t } from '../../components/i18n';
import { Options } from '../../components/options/Options';
import { readSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import '../../components/theme.css';
import './options.css';

document.title = t('options_title');
const root = document.getElementById('app');
if (root)
  render(
    <Options
      api={{ readSettings, saveSettings: (update) => saveSettings(update), watchSettings }}
    />,
    root,
  );
