// The people an approval names (a shortlist's candidate ids): who they are, linked to their cards,
// so the recruiter decides on names and evidence rather than ids.
import { h } from '../../ui.js';

const MAX = 25;

export function peopleOf(approval) {
  const ids = approval.inputs.find(i => i.key === 'candidates')?.value.split(',').map(s => s.trim()).filter(Boolean) ?? [];
  return approval.projectId && ids.length ? ids.slice(0, MAX) : [];
}

// One query for all of them, an alias per candidate; an id the project does not hold stays as written.
export async function peopleList(api, projectId, ids) {
  const fields = ids.map((_, i) => `c${i}: entry(candidateId: $c${i}) { candidateId score candidate { name currentTitle currentCompany location } evidence { recommendation } }`).join(' ');
  const variables = Object.fromEntries(ids.map((id, i) => [`c${i}`, id]));
  const declared = ids.map((_, i) => `$c${i}: ID!`).join(', ');
  const { project } = await api(`query($p: ID!, ${declared}) { project(id: $p) { ${fields} } }`, { p: projectId, ...variables });
  return h('ol', { class: 'people' }, ids.map((id, i) => {
    const entry = project?.[`c${i}`];
    const person = entry?.candidate;
    const href = `#/projects/${encodeURIComponent(projectId)}/candidates/${encodeURIComponent(id)}`;
    const role = person && [person.currentTitle, person.currentCompany].filter(Boolean).join(' at ');
    return h('li', {},
      h('a', { href }, person?.name ?? id),
      role && h('span', { class: 'muted' }, ` — ${role}`),
      person?.location && h('span', { class: 'muted' }, `, ${person.location}`),
      entry?.score != null && h('span', { class: 'muted' }, ` · score ${entry.score.toFixed(2)}`),
      entry?.evidence?.recommendation && h('span', { class: 'muted' }, ` · ${entry.evidence.recommendation.replaceAll('_', ' ').toLowerCase()}`));
  }));
}
