// #/projects/:id/candidates/:candidateId — the candidate card with evidence.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Candidate'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
