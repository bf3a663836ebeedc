// The chat pane: the conversation with the assistant, the message composer and the activity log.
import { onEvent } from './live.js';
import { h } from './ui.js';

const SEND = `mutation($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { inboxSequence duplicate } }`;
const $ = id => document.getElementById(id);

function addTurn(role, text) {
  const turn = h('li', { class: role.toLowerCase() }, text);
  $('turns').append(turn);
  turn.scrollIntoView({ block: 'end' });
}

function addEvent(event) {
  $('events').prepend(h('li', {}, h('span', { class: 'kind' }, event.kind.replaceAll('_', ' ').toLowerCase()), ` ${event.text}`));
}

export function startChat(api, history) {
  history.conversation.turns.forEach(t => addTurn(t.role, t.text));
  history.events.forEach(addEvent);
  onEvent(event => {
    addEvent(event);
    if (event.kind === 'MESSAGE_RECEIVED') addTurn('recruiter', event.text);
    if (event.kind === 'REPLY') addTurn('assistant', event.text);
  });

  $('composer').onsubmit = async event => {
    event.preventDefault();
    const text = $('message').value.trim();
    if (!text) return;
    $('send-error').textContent = '';
    try {
      await api(SEND, { id: crypto.randomUUID(), text });
      $('message').value = '';
    } catch (error) {
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
