// #/projects/:id — the project: spec, qualifications, pipeline board.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Project'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
