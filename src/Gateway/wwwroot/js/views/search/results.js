// The ranked hits: name, current title and company, location, score, and why each matched (the
// fields and the query terms found in them, the terms highlighted where they show).
import { withTerms } from '../../highlight.js';
import { h } from '../../ui.js';

const FIELD_LABEL = { title: 'title', titles: 'titles', headline: 'headline', skill: 'skills', skills: 'skills', summary: 'summary', company: 'company', location: 'location' };

export function resultsSection(result, { projectId, mode }) {
  const shown = result.hits.length;
  return h('section', { class: 'results', 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, 'Results'),
    h('p', { class: 'muted', role: 'status' }, result.totalMatches === 0 && shown === 0
      ? 'No profile matches this query.'
      : `${result.totalMatches.toLocaleString()} matching profile${result.totalMatches === 1 ? '' : 's'}${shown < result.totalMatches ? `, the best ${shown} shown` : ''}${mode === 'BOOLEAN' ? '' : ', ranked by meaning too'}.`,
      shown > 0 ? [' ', h('a', { href: '#insights-title', onclick: jumpToInsights }, 'Jump to the charts')] : null),
    h('ol', { class: 'hits plain card' }, result.hits.map(hit => hitItem(hit, projectId))));
}

function hitItem(hit, projectId) {
  const c = hit.candidate;
  const terms = hit.whyMatched.flatMap(reason => reason.terms);
  const current = [c.currentTitle, c.currentCompany].filter(Boolean).join(' at ');
  return h('li', { class: 'hit' },
    h('h3', {}, projectId ? h('a', { href: `#/projects/${encodeURIComponent(projectId)}/candidates/${encodeURIComponent(c.id)}` }, c.name) : c.name,
      h('span', { class: 'score', title: 'Search score' }, `score ${hit.score.toFixed(2)}`)),
    h('p', { class: 'current' }, withTerms(current || c.headline, terms)),
    current && c.headline && c.headline !== current ? h('p', { class: 'muted headline' }, withTerms(c.headline, terms)) : null,
    h('p', { class: 'muted' }, c.location),
    hit.whyMatched.length === 0 ? null : h('p', { class: 'why-matched' }, h('span', { class: 'visually-hidden' }, 'Why it matched: '),
      hit.whyMatched.map(reason => h('span', { class: 'match-reason' },
        h('span', { class: 'field' }, FIELD_LABEL[reason.field] ?? reason.field), ' ',
        reason.terms.map(term => h('mark', {}, term))))));
}

// The hash is the route, so an in-page link scrolls by hand and moves focus with it.
function jumpToInsights(event) {
  event.preventDefault();
  const heading = document.getElementById('insights-title');
  heading.tabIndex = -1;
  heading.scrollIntoView();
  heading.focus({ preventScroll: true });
}
