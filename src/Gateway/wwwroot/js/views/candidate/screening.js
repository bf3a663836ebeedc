// The latest screening of the candidate: the questions written for the qualifications their
// evaluation left open, and the summary of the screen's transcript (each note quotes their own words).
import { enumLabel, formatDate, h } from '../../ui.js';

export function screeningCard(screening) {
  const { questions, summary } = screening;
  return h('section', { class: 'card screening', 'aria-labelledby': 'screening-title' },
    h('h2', { id: 'screening-title' }, 'Screening'),
    questions.length === 0 ? null : [
      h('h3', {}, 'Questions to ask'),
      h('ol', { class: 'screening-questions' }, questions.map(q => h('li', {},
        h('p', {}, q.text),
        h('p', { class: 'muted' }, `Probes: ${q.qualification} · ${enumLabel(q.verdict)}${q.essential ? ' · must-have' : ''}`))))],
    summary ? [
      h('h3', {}, 'Summary of the screen'),
      h('p', { class: 'muted' }, h('time', { datetime: summary.at }, formatDate(summary.at))),
      h('p', { class: 'description' }, summary.text),
      h('ul', { class: 'plain screening-notes' }, summary.notes.map(note => h('li', {},
        h('p', {}, h('strong', {}, note.qualification), note.covered ? null : h('span', { class: 'tag warn' }, 'Not covered')),
        h('p', {}, note.text))))] : null);
}
