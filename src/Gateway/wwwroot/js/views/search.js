// #/search?q= — boolean/semantic search and insights charts.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Search and insights'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
