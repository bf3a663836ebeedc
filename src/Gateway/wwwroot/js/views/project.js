// #/projects/:id — the project: spec, qualifications, its autopilot and the pipeline board, refetched
// when an event may concern it, when another tab moves a candidate, and after a reconnect (the
// autopilot card re-reads itself on its own events).
import { debounce, mayChangeProject } from '../concerns.js';
import { keepFocus } from '../focus.js';
import { errorBlock, h } from '../ui.js';
import { autopilotSection } from './project/autopilot.js';
import { boardSection } from './project/board.js';
import { applyDecision, pendingQualificationApproval } from './project/decide.js';
import { moveCandidate } from './project/move.js';
import { loadProject } from './project/queries.js';
import { qualificationsSection } from './project/qualifications.js';
import { specSection } from './project/spec.js';
import { statusLabel } from './project/status.js';

export async function render(root, { id }, ctx) {
  const heading = h('h1', {}, 'Project');
  const status = h('p', { class: 'project-status' });
  const body = h('div', { class: 'project' });
  root.append(h('p', { class: 'crumbs' }, h('a', { href: '#/projects' }, 'All projects')), heading, status, body);
  let qualificationsKey = null;
  const openMovers = new Map();
  const autopilot = autopilotSection(ctx, id);

  const refresh = async () => {
    let project;
    let approval;
    try {
      project = await loadProject(ctx.api, id);
      approval = await pendingQualificationApproval(ctx.api, project);
    } catch (error) {
      body.replaceChildren(errorBlock(error));
      return;
    }
    heading.textContent = project.spec?.title ?? 'New project';
    document.title = `${heading.textContent} — Hiring`;
    status.textContent = statusLabel(project.status);
    const onMove = async (entry, stage) => {
      try {
        if (!await moveCandidate(ctx, project.id, entry, stage)) return false;
      } catch (error) {
        ctx.announce(`Not moved: ${error.message}`);
        return false;
      }
      openMovers.delete(entry.candidateId);
      await refresh();
      // Keyboard users stay with the card they moved, now in its new column.
      body.querySelector(`[data-key="${CSS.escape(`move:${entry.candidateId}`)}"]`)?.focus();
      return true;
    };
    // The qualifications keep the recruiter's unsent draft unless they themselves changed.
    const key = JSON.stringify([project.qualifications, approval?.id]);
    const qualifications = key === qualificationsKey ? body.querySelector('.qualifications-slot') : h('div', { class: 'qualifications-slot' },
      qualificationsSection(project.qualifications, {
        decidable: true,
        apply: decision => applyDecision(ctx.api, project, decision),
      }));
    qualificationsKey = key;
    keepFocus(body, () => body.replaceChildren(specSection(project.spec, project.id), qualifications, autopilot.element, boardSection(project, onMove, openMovers)));
  };

  const later = debounce(refresh);
  ctx.onEvent(event => { if (mayChangeProject(event, id)) later(); });
  ctx.onReconnect(refresh);
  ctx.onCleanup(later.cancel);
  await Promise.all([refresh(), autopilot.refresh()]);
}
