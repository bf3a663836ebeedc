// What the recruiter looks at teaches the learning agent: opening the card records a view once, and
// selecting a passage of the profile offers to highlight it (the passage is recorded as their action).
import { h } from '../../ui.js';
import { RECORD } from './queries.js';

const MAX = 2000;

export function recordView(ctx, projectId, candidateId) {
  // A view is a hint, never worth an error on the page.
  ctx.api(RECORD, { project: projectId, candidate: candidateId, action: 'VIEWED', text: null }).catch(() => {});
}

// A bar under the profile: shows the selected passage with a button to highlight it.
export function highlightBar(ctx, projectId, candidateId, profile) {
  const status = h('span', { class: 'muted', role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Highlight selection');
  let selected = '';
  const pick = () => {
    const selection = window.getSelection();
    const text = selection && profile.contains(selection.anchorNode) ? selection.toString().trim() : '';
    selected = text.slice(0, MAX);
    button.disabled = selected.length < 2;
    status.textContent = selected.length >= 2 ? `“${selected.length > 60 ? `${selected.slice(0, 60)}…` : selected}”` : '';
  };
  profile.addEventListener('mouseup', pick);
  profile.addEventListener('keyup', pick);
  button.addEventListener('click', async () => {
    const text = selected;
    button.disabled = true;
    try {
      await ctx.api(RECORD, { project: projectId, candidate: candidateId, action: 'HIGHLIGHTED', text });
      status.textContent = 'Highlighted: the assistant learns from what you notice.';
    } catch (error) {
      status.textContent = `Not recorded: ${error.message}`;
      button.disabled = false;
    }
  });
  return h('div', { class: 'highlight-bar' }, button, ' ', status);
}
