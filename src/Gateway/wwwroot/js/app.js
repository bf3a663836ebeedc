// Boots the workspace: sign-in, the live connection, the chat pane, the digest of what happened while
// the recruiter was away, the approvals badge and the views.
import { startChat } from './chat.js';
import { startDigest } from './digest.js';
import { latestEvents } from './history.js';
import { onEvent, onStatus, startLive } from './live.js';
import { route, startRouter, navigate } from './router.js';
import { apiFor, forgetKey, saveKey, savedKey } from './session.js';
import { announce, askReason } from './ui.js';
import * as approvals from './views/approvals.js';
import * as calibration from './views/calibration.js';
import * as memory from './views/memory.js';
import * as candidate from './views/candidate.js';
import * as project from './views/project.js';
import * as projects from './views/projects.js';
import * as search from './views/search.js';
import * as settings from './views/settings.js';

const $ = id => document.getElementById(id);
const HISTORY = `query { me { id tenant operator } conversation(max: 50) { turns { role text at } } digestSeen }`;
const PENDING = `query { approvals(pendingOnly: true) { id } }`;

route('/projects', projects, 'projects');
route('/projects/:id', project, 'projects');
route('/projects/:id/calibration', calibration, 'projects');
route('/projects/:id/candidates/:candidateId', candidate, 'projects');
route('/search', search, 'search');
route('/approvals', approvals, 'approvals');
route('/memory', memory, 'memory');
route('/settings', settings, 'settings');

const STATUS_TEXT = { 'connecting-first': 'connecting…', connecting: 'reconnecting…', live: 'live', refused: 'signed out', offline: 'offline' };

function showStatus(status) {
  const link = $('link');
  link.textContent = status.state === 'retrying'
    ? `offline, retrying in ${Math.ceil(status.delayMs / 1000)} s`
    : STATUS_TEXT[status.state] ?? status.state;
  link.classList.toggle('live', status.state === 'live');
}

async function refreshApprovalCount(api) {
  const { approvals: pending } = await api(PENDING);
  const badge = $('approval-count');
  badge.textContent = String(pending.length);
  badge.hidden = pending.length === 0;
  badge.setAttribute('aria-label', `${pending.length} waiting`);
}

async function start(key) {
  const api = apiFor(key);
  let history;
  try {
    history = await api(HISTORY);
    history.events = await latestEvents(api, 100);
  } catch (error) {
    forgetKey();
    $('signin').hidden = false;
    $('signin-error').textContent = `Could not sign in: ${error.message}`;
    return;
  }
  $('signin').hidden = true;
  $('app').hidden = false;
  $('nav').hidden = false;
  $('chat-toggle').hidden = false;
  $('who').textContent = `${history.me.id} · ${history.me.tenant}`;

  onStatus((status, reconnected) => {
    showStatus(status);
    if (reconnected) refreshApprovalCount(api).catch(() => {});
  });
  onEvent(event => {
    if (event.kind.startsWith('APPROVAL_')) refreshApprovalCount(api).catch(() => {});
  });
  startChat(api, history);
  startDigest(api, history.digestSeen ?? null, history.events).catch(error => console.error('digest failed', error));
  startLive(key, history.events.at(-1)?.cursor ?? null);
  await refreshApprovalCount(api);
  startRouter($('view'), { api, navigate, askReason, announce, me: history.me });
}

$('key-form').onsubmit = event => {
  event.preventDefault();
  const key = $('key').value.trim();
  saveKey(key);
  start(key);
};

$('chat-toggle').onclick = () => {
  const open = document.body.classList.toggle('chat-open');
  $('chat-toggle').setAttribute('aria-expanded', String(open));
};

const key = savedKey();
if (key) start(key); else $('signin').hidden = false;
