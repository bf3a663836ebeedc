// #/settings — the approval policy per action.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Settings'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
