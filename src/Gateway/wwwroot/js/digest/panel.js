// The digest panel's content: per project (newest first, each linked), the digest of each run that
// ended and the applicants evaluated, with one button to dismiss it all.
import { payloadOf } from '../live.js';
import { formatDate, h } from '../ui.js';

export function projectOf(event) {
  return payloadOf(event)?.projectId ?? null;
}

function byProject(events) {
  const groups = new Map();
  for (const event of events) {
    const id = projectOf(event) ?? '';
    if (!groups.has(id)) groups.set(id, { id, runs: [], applicants: [] });
    groups.get(id)[event.kind === 'APPLICANT_EVALUATED' ? 'applicants' : 'runs'].push(event);
  }
  // A Map keeps first-seen order: the project with the oldest news first, so reverse it.
  return [...groups.values()].reverse();
}

// A run's digest starts with the project's title, which the heading above it already says.
function untitled(text, title) {
  return text.startsWith(`${title}: `) ? text.slice(title.length + 2) : text;
}

function projectItem(group, titles) {
  const title = titles.get(group.id) ?? 'A project';
  const count = group.applicants.length;
  return h('li', { class: 'digest-project' },
    h('h3', {}, group.id ? h('a', { href: `#/projects/${encodeURIComponent(group.id)}` }, title) : title),
    group.runs.map(run => h('p', { class: 'digest-run' }, h('span', { class: 'muted' }, `${formatDate(run.at)}: `), untitled(run.text, title))),
    count > 0 && [
      h('p', { class: 'digest-applicants' }, `${count} applicant${count === 1 ? '' : 's'} evaluated:`),
      h('ul', {}, group.applicants.map(event => h('li', {}, event.text)))]);
}

// titles: projectId → title; error: why the last dismissal failed, or ''.
export function digestPanel(events, titles, onDismiss, error) {
  return [
    h('div', { class: 'digest-head' },
      h('h2', { id: 'digest-title' }, 'While you were away'),
      h('button', { type: 'button', class: 'secondary', onclick: onDismiss }, 'Dismiss')),
    h('p', { class: 'muted' }, 'What autopilot found and the applicants it evaluated since you last dismissed this.'),
    h('ul', { class: 'plain digest-projects' }, byProject(events).map(group => projectItem(group, titles))),
    error && h('p', { class: 'error', role: 'alert' }, error),
  ];
}
