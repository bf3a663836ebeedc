// The profile side of the card: headline, location, experience timeline (newest first, with dates
// and durations), education and skills, with each evidence quote marked in the section it names.
import { highlighted, rangesOf } from '../../highlight.js';
import { formatDate, h } from '../../ui.js';
import { duration, monthYear, monthsBetween } from './dates.js';
import { educationText, sectionId, sectionText } from './sections.js';

// quotes: [{ key, section, text }]. Returns the element and, per quote key, the id of its <mark>.
export function profileCard(candidate, quotes) {
  const markIds = new Map();
  const marked = (section, tag, props = {}) => {
    const text = sectionText(candidate, section) ?? '';
    const mine = quotes.filter(q => q.section === section);
    // Whole words only: the skill quote "Go" must light up Go, not the go of Django.
    const ranges = rangesOf(text, mine.map(q => q.text), { wholeWords: true });
    const nodes = highlighted(text, ranges, indexes => {
      const keys = indexes.map(i => mine[i].key);
      const id = `mark-${keys[0]}`;
      keys.forEach(key => markIds.set(key, id));
      return { id, tabindex: '-1', class: 'evidence-mark', title: 'Quoted as evidence' };
    });
    return h(tag, { ...props, id: sectionId(section), 'data-section': section }, nodes);
  };

  const roles = candidate.experiences.map((role, index) => ({ role, index }))
    .sort((a, b) => (b.role.start ?? '').localeCompare(a.role.start ?? ''));
  const element = h('section', { class: 'card profile', 'aria-labelledby': 'profile-title' },
    h('h2', { id: 'profile-title' }, 'Profile'),
    marked('headline', 'p', { class: 'headline' }),
    h('p', { class: 'facts' },
      marked('location', 'span'),
      candidate.openToWork ? h('span', { class: 'tag ok' }, 'Open to work') : null,
      h('span', { class: 'muted' }, `Last active ${formatDate(candidate.lastActive)}`)),
    h('h3', {}, 'Experience'),
    roles.length === 0 ? h('p', { class: 'muted' }, 'No roles listed.') : h('ol', { class: 'timeline' }, roles.map(({ role, index }) => h('li', {},
      marked(`experience[${index}].title`, 'h4'),
      h('p', { class: 'muted' }, `${role.company} · `,
        h('time', { datetime: role.start }, monthYear(role.start)), ' – ',
        role.end ? h('time', { datetime: role.end }, monthYear(role.end)) : 'present',
        ` · ${duration(monthsBetween(role.start, role.end))}`),
      role.description ? marked(`experience[${index}].description`, 'p', { class: 'description' }) : null))),
    h('h3', {}, 'Education'),
    candidate.education.length === 0 ? h('p', { class: 'muted' }, 'None listed.') : h('ul', { class: 'plain' }, candidate.education.map((school, index) => h('li', {},
      educationText(school) ? marked(`education[${index}]`, 'span') : null,
      school.startYear || school.endYear ? h('span', { class: 'muted' }, ` · ${[school.startYear, school.endYear].filter(Boolean).join('–')}`) : null))),
    h('h3', {}, 'Skills'),
    candidate.skills.length === 0 ? h('p', { class: 'muted' }, 'None listed.') : marked('skills', 'p', { class: 'skills' }));
  return { element, markIds };
}
