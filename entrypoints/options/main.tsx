/** Thin: the options page over the settings store. */
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { readSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import '../../components/theme.css';
import './options.css';

const root = document.getElementById('app');
if (root)
  render(
    <Options
      api={{ readSettings, saveSettings: (update) => saveSettings(update), watchSettings }}
    />,
    root,
  );
