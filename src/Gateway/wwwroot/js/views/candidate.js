// #/projects/:id/candidates/:candidateId — the candidate card: the profile with the evidence quotes
// highlighted where they come from, each qualification's verdict, why the candidate ranks where
// they do, their moves, the recruiter's actions, the conversation with them and their screening,
// and how they were found (with, for an operator, their erasure).
// Re-read when an event concerns them (a reply arrives live that way).
import { debounce } from '../concerns.js';
import { errorBlock, h, stageLabel } from '../ui.js';
import { actionsCard } from './candidate/actions.js';
import { conversationCard } from './candidate/conversation.js';
import { evidenceCard, quotesOf } from './candidate/evidence.js';
import { highlightBar, recordView } from './candidate/highlights.js';
import { privacyCard } from './candidate/privacy.js';
import { profileCard } from './candidate/profile.js';
import { loadCard } from './candidate/queries.js';
import { movesCard, rankingCard } from './candidate/ranking.js';
import { screeningCard } from './candidate/screening.js';

export async function render(root, { id: projectId, candidateId }, ctx) {
  let rated = null;
  const body = h('div', { class: 'candidate-body' });
  const heading = h('h1', {}, 'Candidate');
  const subtitle = h('p', { class: 'muted subtitle' });
  root.append(
    h('p', { class: 'crumbs' }, h('a', { href: `#/projects/${encodeURIComponent(projectId)}` }, '← Back to the project')),
    heading, subtitle, body);

  const draw = data => {
    const { candidate, project, entry, thread, screening } = data;
    heading.textContent = candidate.name;
    subtitle.replaceChildren(
      candidate.headline,
      project.spec ? ` · for ${project.spec.title}` : '',
      entry ? h('span', { class: 'tag stage' }, stageLabel(entry.stage)) : '');
    const { element: profile, markIds } = profileCard(candidate, quotesOf(entry?.evidence));
    const focusedId = document.activeElement?.id;
    // What the recruiter is typing (a note, a reason) survives a refresh that an event brought.
    const drafts = [...body.querySelectorAll('textarea[id], input[id]')].map(e => [e.id, e.value]);
    body.replaceChildren(
      h('div', { class: 'candidate-main' }, profile, entry ? highlightBar(ctx, projectId, candidateId, profile) : null),
      h('div', { class: 'candidate-side' },
        entry ? actionsCard({ ctx, projectId, candidate, entry, rated, onRated: v => { rated = v; }, refresh }) : h('p', { class: 'card muted' }, 'This candidate is not in the project’s pipeline.'),
        thread ? conversationCard({ ctx, projectId, candidate, thread, refresh }) : null,
        screening ? screeningCard(screening) : null,
        entry ? rankingCard(entry) : null,
        entry ? evidenceCard(candidate, project, entry.evidence, markIds) : null,
        entry ? movesCard(entry) : null,
        privacyCard({ ctx, projectId, candidate })));
    for (const [draftId, value] of drafts) {
      const field = document.getElementById(draftId);
      if (field && !field.value) field.value = value;
    }
    if (focusedId && document.activeElement === document.body) document.getElementById(focusedId)?.focus({ preventScroll: true });
  };

  let pending = null;
  const refresh = () => {
    pending ??= loadCard(ctx.api, projectId, candidateId)
      .then(draw)
      .catch(error => body.replaceChildren(errorBlock(error)))
      .finally(() => { pending = null; });
    return pending;
  };

  const first = await loadCard(ctx.api, projectId, candidateId);
  draw(first);
  if (first.entry) recordView(ctx, projectId, candidateId);
  // Events name the candidate in their payload or text; anything about them may change the card.
  const soon = debounce(refresh);
  ctx.onEvent(event => {
    const about = `${event.text} ${event.payload ?? ''}`;
    if (about.includes(candidateId)) soon();
  });
  ctx.onReconnect(refresh);
}
