// #/approvals — the approvals inbox.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Approvals'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
