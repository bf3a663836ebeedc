// #/projects/:id/calibration — the calibration batch as cards.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Calibration'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
