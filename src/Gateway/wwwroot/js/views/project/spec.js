// The job spec as a definition list: level, places, remote, employment, years, description.
import { enumLabel, h } from '../../ui.js';

// projectId: links the role to its pool on the search page (the title and approved must-haves as a query, with insights).
export function specSection(spec, projectId) {
  if (!spec) return h('section', { class: 'card spec', 'aria-labelledby': 'spec-title' }, h('h2', { id: 'spec-title' }, 'The role'), h('p', { class: 'muted' }, 'Intake is still writing the job spec.'));
  const rows = [
    ['Level', spec.seniority || 'Any'],
    ['Locations', spec.locations.length ? spec.locations.join(', ') : 'Anywhere'],
    ['Remote', spec.remote === 'UNSPECIFIED' ? 'Not said' : enumLabel(spec.remote)],
    ['Employment', spec.employment === 'UNSPECIFIED' ? 'Not said' : enumLabel(spec.employment)],
    ['Minimum years', spec.minYears ?? 'Not said'],
  ];
  return h('section', { class: 'card spec', 'aria-labelledby': 'spec-title' },
    h('h2', { id: 'spec-title' }, 'The role'),
    h('dl', {}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, String(value))])),
    spec.description && h('p', { class: 'description' }, spec.description),
    spec.faq?.length > 0 && h('details', { class: 'faq' },
      h('summary', {}, `What candidates will be told (${spec.faq.length} answers drafted from your request)`),
      h('dl', {}, spec.faq.map(entry => [h('dt', {}, entry.question), h('dd', {}, entry.answer)]))),
    projectId && h('p', {}, h('a', { href: `#/search?project=${encodeURIComponent(projectId)}` }, 'Search and insights for this role’s pool')));
}
