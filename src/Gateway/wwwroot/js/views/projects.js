// #/projects: the recruiter's projects with status and counts per stage.
import { h } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Projects'), h('p', { class: 'muted' }, 'Coming in this issue.'));
}
