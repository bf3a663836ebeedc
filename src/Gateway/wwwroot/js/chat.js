// The chat pane: the conversation, each plan as it forms with its steps' progress and links to the
// views its results concern, streamed text, the composer and the activity log. A project created
// by a message this tab sent opens by itself.
import { planCard } from './chat/plan.js';
import { onEvent, payloadOf } from './live.js';
import { currentPath, navigate } from './router.js';
import { h } from './ui.js';

const SEND = `mutation($id: String!, $text: String!, $projectId: ID) { sendMessage(clientMessageId: $id, text: $text, projectId: $projectId) { inboxSequence duplicate } }`;
const NEWEST = `query { projects(max: 1) { id } }`;
const $ = id => document.getElementById(id);

const plans = new Map(); // planId → card
const planProjects = new Map(); // planId → projectId
const streaming = new Map(); // planId → the assistant turn being streamed
const sentHere = new Map(); // clientMessageId → the project it was sent about (or null)
const sentPlans = new Map(); // planId → the project its message was sent about (or null), for messages sent here
let api;
let newest = null;

const LONG = 600;

// A turn of the conversation; a long one (a search query spelled out) opens on demand.
function turn(role, text) {
  const who = h('span', { class: 'visually-hidden' }, role.toLowerCase() === 'recruiter' ? 'You: ' : 'Assistant: ');
  if (text.length <= LONG) return h('li', { class: role.toLowerCase() }, who, text);
  return h('li', { class: role.toLowerCase() }, h('details', {}, h('summary', {}, who, `${text.slice(0, LONG).trimEnd()}…`), text));
}

// Keeps the newest turn in sight (scrolling the list only, never the page).
function scrollToEnd() {
  $('turns').scrollTop = $('turns').scrollHeight;
}

function show(element) {
  $('turns').append(element);
  scrollToEnd();
}

function addEvent(event) {
  if (event.kind === 'LOCAL_CHANGE') return;
  $('events').prepend(h('li', {}, h('span', { class: 'kind' }, event.kind.replaceAll('_', ' ').toLowerCase()), ` ${event.text}`));
}

function newestProject(fresh) {
  if (fresh || !newest) newest = newestWithRetries().catch(() => null);
  return newest;
}

// A busy moment (the API's rate limit, a slow server) must not cost the recruiter the project their
// message created: the look-up is tried again a few times before the plan goes without it.
async function newestWithRetries(attempts = 4, delayMs = 1500) {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await api(NEWEST)).projects[0]?.id ?? null;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, delayMs * attempt));
    }
  }
}

// The project a plan works on: named by an approval's payload, created by its intake step, the one
// this tab sent the message about, or else the newest project (the assistant's current one).
async function projectFor(planId, step, event) {
  const named = payloadOf(event)?.projectId;
  if (typeof named === 'string') planProjects.set(planId, named);
  const created = event.kind === 'STEP_COMPLETED' && step.agent.toLowerCase() === 'intake' && step.action === 'create-project';
  // A step that names its project is believed; the newest project is only a guess for older events without it.
  if (created && typeof named !== 'string') planProjects.set(planId, await newestProject(true));
  if (planProjects.has(planId)) return planProjects.get(planId);
  return sentPlans.get(planId) ?? newestProject(false);
}

function planEvent(event) {
  if (event.kind === 'PLAN_CREATED') {
    const sent = payloadOf(event)?.clientMessageId;
    if (sentHere.has(sent)) sentPlans.set(event.planId, sentHere.get(sent));
    const card = planCard(event, projectFor);
    plans.set(event.planId, card);
    return card.element;
  }
  const card = plans.get(event.planId);
  if (!card) return null;
  card.update(event).then(result => {
    const created = result?.step.action === 'create-project' && event.kind === 'STEP_COMPLETED';
    // Only a plan asked for in this tab opens its project here; one that finished while the connection was down
    // (its events caught up after the reconnect) opens it too.
    if (created && result.projectId && sentPlans.has(event.planId) && !currentPath().startsWith(`/projects/${result.projectId}`)) {
      navigate(`/projects/${encodeURIComponent(result.projectId)}`);
    }
  }).catch(error => console.error('plan update failed', error));
  return null;
}

function streamed(event) {
  let element = streaming.get(event.planId);
  if (!element) {
    element = h('li', { class: 'assistant streaming', 'aria-busy': 'true' });
    streaming.set(event.planId, element);
    show(element);
  }
  element.append(event.text);
}

function reply(event) {
  const element = streaming.get(event.planId);
  if (!element) {
    show(turn('assistant', event.text));
    return;
  }
  streaming.delete(event.planId);
  element.replaceWith(turn('assistant', event.text));
}

function live(event) {
  addEvent(event);
  if (event.kind === 'MESSAGE_RECEIVED') show(turn('recruiter', event.text));
  else if (event.kind === 'TEXT_CHUNK') streamed(event);
  else if (event.kind === 'REPLY') reply(event);
  else if (event.planId) {
    const element = planEvent(event);
    if (element) show(element);
  }
}

// The conversation as it was: turns and the plans of the recent events, in time order.
function replay(history) {
  const timeline = history.conversation.turns.map(t => ({ at: t.at, element: turn(t.role, t.text) }));
  for (const event of history.events) {
    addEvent(event);
    if (!event.planId || event.kind === 'REPLY' || event.kind === 'TEXT_CHUNK') continue;
    const element = planEvent(event);
    if (element) timeline.push({ at: event.at, element });
  }
  timeline.sort((a, b) => new Date(a.at) - new Date(b.at));
  $('turns').replaceChildren(...timeline.map(t => t.element));
  scrollToEnd();
}

// Opens the chat (a panel below 900 px) and puts the cursor in the composer.
export function openChat() {
  if (getComputedStyle($('chat')).display === 'none') {
    document.body.classList.add('chat-open');
    $('chat-toggle').setAttribute('aria-expanded', 'true');
  }
  $('message').focus();
}

// The list follows what arrives (a plan's steps fill in later) while the recruiter is at its end.
function followTheEnd() {
  const turns = $('turns');
  let atEnd = true;
  turns.addEventListener('scroll', () => { atEnd = turns.scrollTop + turns.clientHeight >= turns.scrollHeight - 40; });
  new MutationObserver(() => { if (atEnd) scrollToEnd(); }).observe(turns, { childList: true, subtree: true, characterData: true });
}

export function startChat(requester, history) {
  api = requester;
  followTheEnd();
  replay(history);
  onEvent(live);

  $('composer').onsubmit = async event => {
    event.preventDefault();
    const text = $('message').value.trim();
    if (!text) return;
    $('send-error').textContent = '';
    const id = crypto.randomUUID();
    const projectId = /^\/projects\/([^/?]+)/.exec(currentPath())?.[1];
    sentHere.set(id, projectId ? decodeURIComponent(projectId) : null);
    try {
      await api(SEND, { id, text, projectId: projectId ? decodeURIComponent(projectId) : null });
      $('message').value = '';
    } catch (error) {
      sentHere.delete(id);
      $('send-error').textContent = error.message;
    }
  };
  $('message').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
}
