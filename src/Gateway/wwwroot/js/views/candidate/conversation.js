// The conversation with the candidate about the role, as the contact ledger holds it: each message
// sent with where its delivery stands, each reply with how the assistant read it (and what it told
// them when they asked something), and the button that takes the conversation over from the
// assistant or hands it back.
import { enumLabel, formatDate, h } from '../../ui.js';
import { HAND_BACK, TAKE_OVER } from './queries.js';

const STATUS = { QUEUED: 'neutral', SENT: 'neutral', DELIVERED: 'ok', REPLIED: 'ok', FAILED: 'bad' };

function messageItem(message, name) {
  const out = message.direction === 'OUT';
  return h('li', { class: `thread-message ${out ? 'out' : 'in'}` },
    h('p', { class: 'meta' },
      h('strong', {}, out ? 'To the candidate' : `${name} replied`), ' · ', h('time', { datetime: message.at }, formatDate(message.at)),
      out
        ? h('span', { class: `tag ${STATUS[message.status] ?? 'neutral'}` }, enumLabel(message.status))
        : h('span', { class: 'tag neutral' }, enumLabel(message.replyKind))),
    out && message.subject ? h('p', { class: 'subject' }, message.subject) : null,
    h('p', { class: 'text' }, message.text),
    (message.answers ?? []).map(answer => h('p', { class: 'answer' }, h('strong', {}, 'The assistant replied: '), answer)));
}

export function conversationCard({ ctx, projectId, candidate, thread, refresh }) {
  const failed = h('p', { class: 'error', role: 'alert' });
  const toggle = async () => {
    failed.textContent = '';
    try {
      await ctx.api(thread.takenOver ? HAND_BACK : TAKE_OVER, { project: projectId, candidate: candidate.id });
      ctx.announce(thread.takenOver ? `The assistant answers ${candidate.name} again.` : `You have taken the conversation with ${candidate.name} over.`);
      await refresh();
    } catch (error) {
      failed.textContent = error.message;
    }
  };
  return h('section', { class: 'card conversation', 'aria-labelledby': 'conversation-title' },
    h('h2', { id: 'conversation-title' }, 'Conversation'),
    h('p', { class: 'muted' }, thread.takenOver
      ? 'You have taken this conversation over: the assistant answers nothing here, and every question comes to you.'
      : 'The assistant answers the candidate’s questions from the approved FAQ only.'),
    thread.messages.length === 0
      ? h('p', { class: 'muted' }, 'No messages yet: ask the assistant to draft one.')
      : h('ol', { class: 'plain thread', role: 'log', 'aria-label': 'Messages' }, thread.messages.map(m => messageItem(m, candidate.name))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: toggle }, thread.takenOver ? 'Hand back to the assistant' : 'Take over')),
    failed);
}
