// The candidate's privacy: "how did we find them?" (the profile's source and the query that found
// them, the answer to give a candidate who asks) and, for an operator, their erasure on request,
// confirmed first. After an erasure the card has nothing left to show: the view goes to the project.
import { formatDate, h } from '../../ui.js';
import { ERASE, PROVENANCE } from './queries.js';

const ORIGINS = { Synthetic: 'the demo pool', Import: 'a file import', AtsImport: 'the ATS export', Applicant: 'an application' };

export function privacyCard({ ctx, projectId, candidate }) {
  const answer = h('div', { class: 'provenance', 'aria-live': 'polite' });
  const failed = h('p', { class: 'error', role: 'alert' });
  const explain = async () => {
    failed.textContent = '';
    try {
      const { candidateProvenance: p } = await ctx.api(PROVENANCE, { candidate: candidate.id });
      answer.replaceChildren(...(p.held
        ? [
          h('p', {}, `From ${p.pool === 'public' ? 'the public talent pool' : 'your own pool'}, added by ${ORIGINS[p.origin] ?? p.origin}${p.reference ? ` (${p.reference})` : ''}.`),
          p.projects.length === 0 ? h('p', { class: 'muted' }, 'No project of yours holds them.') : h('ul', { class: 'plain' }, p.projects.map(x => h('li', {},
            h('a', { href: `#/projects/${encodeURIComponent(x.projectId)}` }, x.projectId), x.query ? `: found by the search “${x.query}”` : ': added by hand'))),
        ]
        : [h('p', {}, `Nothing is held about them: they were erased ${formatDate(p.erasedAt)}.`)]));
    } catch (error) {
      failed.textContent = error.message;
    }
  };
  const erase = async () => {
    if (!confirm(`Erase ${candidate.name} for good? Their profile, evidence, notes and conversations go from every project; only a tombstone (id, when, by whom) stays so they are never imported or sourced again.`)) return;
    failed.textContent = '';
    try {
      await ctx.api(ERASE, { candidate: candidate.id });
      ctx.announce(`${candidate.name} was erased.`);
      ctx.navigate(`/projects/${encodeURIComponent(projectId)}`);
    } catch (error) {
      failed.textContent = error.message;
    }
  };
  return h('section', { class: 'card privacy-card', 'aria-labelledby': 'privacy-title' },
    h('h2', { id: 'privacy-title' }, 'Privacy'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: explain }, 'How did we find them?'),
      ctx.me?.operator ? h('button', { type: 'button', class: 'danger', onclick: erase }, 'Erase candidate…') : null),
    answer, failed);
}
