// #/projects: the recruiter's projects with status, location, created and counts per stage; live.
import { openChat } from '../chat.js';
import { debounce, mayChangeProject } from '../concerns.js';
import { errorBlock, formatDate, h, stageLabel } from '../ui.js';
import { countsOf, statusLabel } from './project/status.js';

const LIST = 'projects(max: 50) { id title owner created';

async function load(api) {
  return (await api(`query { ${LIST} status location stageCounts { stage count } } }`)).projects;
}

function row(project) {
  const counts = countsOf(project);
  return h('li', { class: 'card project-row' },
    h('h2', {}, h('a', { href: `#/projects/${encodeURIComponent(project.id)}` }, project.title)),
    h('p', { class: 'meta' },
      project.status && h('span', { class: `status status-${project.status.toLowerCase()}` }, statusLabel(project.status)),
      project.location && h('span', {}, project.location),
      h('span', { class: 'muted' }, `Created ${formatDate(project.created)}`)),
    counts.length
      ? h('ul', { class: 'counts', 'aria-label': 'Candidates per stage' },
        counts.map(c => h('li', {}, h('strong', {}, String(c.count)), ' ', stageLabel(c.stage))))
      : h('p', { class: 'muted' }, 'No candidates yet.'));
}

function empty() {
  return h('div', { class: 'card empty' },
    h('h2', {}, 'No projects yet'),
    h('p', {}, 'Describe the role you are hiring for in the chat, for example: ',
      h('q', {}, 'I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years'), '.'),
    h('p', {}, 'The assistant drafts the job and its qualifications for you to approve, then finds candidates.'),
    h('button', { type: 'button', onclick: openChat }, 'Describe a role'));
}

export async function render(root, _params, ctx) {
  const list = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' });
  root.append(h('h1', {}, 'Projects'), list);
  const refresh = async () => {
    try {
      const projects = await load(ctx.api);
      list.replaceChildren(projects.length ? h('ul', { class: 'projects' }, projects.map(row)) : empty());
    } catch (error) {
      list.replaceChildren(errorBlock(error));
    }
    list.setAttribute('aria-busy', 'false');
  };
  const later = debounce(refresh);
  ctx.onEvent(event => { if (mayChangeProject(event)) later(); });
  ctx.onReconnect(refresh);
  ctx.onCleanup(later.cancel);
  await refresh();
}
