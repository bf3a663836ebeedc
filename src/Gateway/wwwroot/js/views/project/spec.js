// The job spec as a definition list: level, places, remote, employment, years, description.
import { enumLabel, h } from '../../ui.js';

export function specSection(spec) {
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
    spec.description && h('p', { class: 'description' }, spec.description));
}
