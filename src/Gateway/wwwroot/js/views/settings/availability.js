// When the recruiter takes screens (read-only here): the weekly windows in their time zone and the
// days off, from which candidates pick a screen's time on their page.
import { enumLabel, errorBlock, h } from '../../ui.js';

const AVAILABILITY = `query { availability { timeZone windows { day start end } daysOff } }`;

export async function availabilitySection(api) {
  const section = h('section', { class: 'card availability', 'aria-labelledby': 'availability-title' },
    h('h2', { id: 'availability-title' }, 'When you take screens'));
  try {
    const { availability } = await api(AVAILABILITY);
    section.append(availability
      ? h('dl', { class: 'facts-list' },
        h('dt', {}, 'Time zone'), h('dd', {}, availability.timeZone),
        availability.windows.map(w => [h('dt', {}, enumLabel(w.day)), h('dd', {}, `${w.start}–${w.end}`)]),
        h('dt', {}, 'Days off'), h('dd', {}, availability.daysOff.length ? availability.daysOff.join(', ') : 'None'))
      : h('p', { class: 'muted' }, 'Not set yet: until it is, candidates cannot be offered screen times.'));
  } catch (error) {
    section.append(errorBlock(error));
  }
  return section;
}
