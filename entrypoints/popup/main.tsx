// PLACEHOLDER (skeleton): the popup issue builds the real popup.
import { render } from 'preact';
import './popup.css';

function Popup() {
  return (
    <main class="popup">
      <h1>Sourcelight</h1>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
