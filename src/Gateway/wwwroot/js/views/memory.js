// #/memory: what the assistant remembers for the recruiter, each with the words it came from and when;
// correct one in place, forget one, or forget everything. A forgotten memory is deleted, never recalled again.
import { errorBlock, h } from '../ui.js';

const FIELDS = 'id text kind source quote at updatedAt replaced';
const LIST = `query($about: String) { memories(about: $about) { ${FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $text: String!) { correctMemory(id: $id, text: $text) { ${FIELDS} } }`;
const FORGET = `mutation($ids: [ID!], $all: Boolean) { forgetMemories(ids: $ids, all: $all) }`;
const KINDS = { FACT: 'Fact', PREFERENCE: 'Preference', DECISION: 'Decision', EPISODE: 'Conversation' };

const day = at => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function item(memory, { onForget, onCorrect }) {
  const text = h('p', { class: 'memory-text' }, memory.text);
  const editor = h('input', { type: 'text', value: memory.text, 'aria-label': 'Corrected memory', maxlength: 1000, hidden: true });
  const save = h('button', { type: 'submit', hidden: true }, 'Save');
  const edit = h('button', { type: 'button', class: 'secondary', onclick: () => {
    editor.hidden = false; save.hidden = false; edit.hidden = true; editor.focus();
  } }, 'Correct');
  const form = h('form', { class: 'memory-edit', onsubmit: event => { event.preventDefault(); onCorrect(memory, editor.value); } }, editor, save);
  const provenance = [`${KINDS[memory.kind] ?? memory.kind}`, `from ${memory.source === 'message' ? 'your message' : memory.source} on ${day(memory.at)}`];
  if (memory.updatedAt && memory.replaced) provenance.push(`corrected on ${day(memory.updatedAt)} (was: “${memory.replaced}”)`);
  return h('li', { class: 'card memory', dataset: { id: memory.id } },
    text, form,
    h('p', { class: 'muted' }, provenance.join(' · ')),
    memory.quote && memory.quote !== memory.text ? h('blockquote', { class: 'muted' }, memory.quote) : null,
    h('div', { class: 'actions' }, edit, h('button', { type: 'button', class: 'danger', onclick: () => onForget(memory) }, 'Forget')));
}

export async function render(root, _params, ctx) {
  const list = h('ul', { class: 'memories', 'aria-label': 'Memories' });
  const status = h('p', { role: 'status', class: 'muted' });
  const search = h('input', { type: 'search', placeholder: 'What do you remember about…', 'aria-label': 'Search memories' });
  const forgetAll = h('button', { type: 'button', class: 'danger', onclick: async () => {
    if (!confirm('Forget everything the assistant remembers for you?')) return;
    await act(() => ctx.api(FORGET, { all: true }), forgotten => `Forgot ${forgotten.forgetMemories.length} memories.`);
  } }, 'Forget everything');
  root.append(h('h1', {}, 'Memory'),
    h('p', { class: 'muted' }, 'What the assistant keeps for you beyond one conversation: facts and preferences you told it, with your words and when. Only you see it. Tell it in the chat (“remember that…”, “forget that…”) or change it here.'),
    h('form', { class: 'memory-search', role: 'search', onsubmit: event => { event.preventDefault(); refresh(); } }, search, h('button', { type: 'submit' }, 'Search')),
    list, status, forgetAll);

  const act = async (call, said) => {
    status.textContent = 'Saving…';
    try {
      status.textContent = said(await call());
      await refresh();
    } catch (error) {
      status.textContent = `Not saved: ${error.message}`;
    }
  };
  const handlers = {
    onForget: memory => act(() => ctx.api(FORGET, { ids: [memory.id] }), () => `Forgot “${memory.text}”.`),
    onCorrect: (memory, text) => act(() => ctx.api(CORRECT, { id: memory.id, text }), () => 'Corrected.'),
  };
  const refresh = async () => {
    try {
      const about = search.value.trim();
      const { memories } = await ctx.api(LIST, { about: about || null });
      list.replaceChildren(...memories.map(m => item(m, handlers)));
      if (memories.length === 0) list.append(h('li', { class: 'muted' }, about ? `Nothing remembered about “${about}”.` : 'Nothing remembered yet.'));
      forgetAll.hidden = memories.length === 0 || Boolean(about);
    } catch (error) {
      list.replaceChildren(errorBlock(error));
    }
  };
  // The chat may remember or forget while the page is open (here or in another tab).
  ctx.onEvent(event => { if (event.kind === 'STEP_COMPLETED' && /\bmemory\b/i.test(event.payload ?? event.text ?? '')) refresh(); });
  ctx.onEvent(event => { if (event.kind === 'PLAN_COMPLETED') refresh(); });
  ctx.onReconnect(refresh);
  await refresh();
}
