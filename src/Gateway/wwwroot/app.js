import { request, subscribe } from './graphql.js';

const $ = id => document.getElementById(id);
const keyName = 'hiring.apiKey';
let key = localStorage.getItem(keyName);
let lastCursor = null;

const EVENTS = `subscription($after: String) { assistantEvents(after: $after) { cursor kind text at planId stepIndex } }`;
const HISTORY = `query { me { id tenant } conversation(max: 50) { turns { role text at } } events(max: 100) { cursor kind text at } }`;
const APPROVALS = `query { approvals(pendingOnly: true) { id summary action agent stepAction createdAt } }`;
const SEND = `mutation($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { inboxSequence duplicate } }`;
const DECIDE = `mutation($id: ID!, $verdict: ApprovalVerdict!) { decideApproval(id: $id, verdict: $verdict) { id status } }`;

function addTurn(role, text) {
  const li = document.createElement('li');
  li.className = role.toLowerCase();
  li.textContent = text;
  $('turns').append(li);
  li.scrollIntoView({ block: 'end' });
}

function addEvent(event) {
  const li = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = event.kind.replaceAll('_', ' ').toLowerCase();
  li.append(kind, ` ${event.text}`);
  $('events').prepend(li);
}

async function refreshApprovals() {
  const { approvals } = await request(key, APPROVALS);
  const list = $('approvals');
  list.replaceChildren();
  if (approvals.length === 0) {
    list.innerHTML = '<li class="muted">Nothing waits for your approval.</li>';
    return;
  }
  for (const approval of approvals) {
    const li = document.createElement('li');
    const text = document.createElement('div');
    text.textContent = approval.summary;
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const [label, verdict, style] of [['Approve', 'APPROVE', ''], ['Reject', 'REJECT', 'secondary']]) {
      const button = document.createElement('button');
      button.textContent = label;
      if (style) button.className = style;
      button.onclick = async () => {
        button.disabled = true;
        await request(key, DECIDE, { id: approval.id, verdict });
        await refreshApprovals();
      };
      actions.append(button);
    }
    li.append(text, actions);
    list.append(li);
  }
}

function onEvent({ assistantEvents: event }) {
  if (lastCursor && BigInt(event.cursor) <= BigInt(lastCursor)) return;
  lastCursor = event.cursor;
  addEvent(event);
  if (event.kind === 'MESSAGE_RECEIVED') addTurn('recruiter', event.text);
  if (event.kind === 'REPLY') addTurn('assistant', event.text);
  if (event.kind.startsWith('APPROVAL_')) refreshApprovals();
}

async function start() {
  let history;
  try {
    history = await request(key, HISTORY);
  } catch (error) {
    localStorage.removeItem(keyName);
    $('signin').hidden = false;
    $('signin-error').textContent = `Could not sign in: ${error.message}`;
    return;
  }
  $('signin').hidden = true;
  $('app').hidden = false;
  $('who').textContent = `${history.me.id} · ${history.me.tenant}`;
  history.conversation.turns.forEach(t => addTurn(t.role, t.text));
  history.events.forEach(addEvent);
  lastCursor = history.events.at(-1)?.cursor ?? null;
  await refreshApprovals();
  subscribe(key, EVENTS, () => ({ after: lastCursor }), onEvent, live => {
    $('link').textContent = live ? 'live' : 'reconnecting…';
    $('link').classList.toggle('live', live);
  });
}

$('key-form').onsubmit = event => {
  event.preventDefault();
  key = $('key').value.trim();
  localStorage.setItem(keyName, key);
  start();
};

$('composer').onsubmit = async event => {
  event.preventDefault();
  const text = $('message').value.trim();
  if (!text) return;
  $('send-error').textContent = '';
  try {
    await request(key, SEND, { id: crypto.randomUUID(), text });
    $('message').value = '';
  } catch (error) {
    $('send-error').textContent = error.message;
  }
};

$('message').addEventListener('keydown', event => {
  if (event.key === 'Enter' && !event.shiftKey) $('composer').requestSubmit();
});

if (key) start(); else $('signin').hidden = false;
