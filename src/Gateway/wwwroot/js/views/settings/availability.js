// When the recruiter takes screens: their time zone, the weekly windows and the days off, from which
// candidates pick a screen's time on their page. Saved with setAvailability, which refuses (and says
// why) a zone or a window it cannot use; said in chat ("I take screens Tue 2-5pm"), it shows here at once.
import { enumLabel, errorBlock, h } from '../../ui.js';
import { browserZone, zoneList } from '../../zones.js';

const FIELDS = 'timeZone windows { day start end } daysOff';
const AVAILABILITY = `query { availability { ${FIELDS} } }`;
const SET = `mutation($timeZone: String!, $windows: [AvailabilityWindowInput!]!, $daysOff: [String!]) {
  setAvailability(timeZone: $timeZone, windows: $windows, daysOff: $daysOff) { ${FIELDS} } }`;
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function unset() {
  return { timeZone: browserZone(), windows: [], daysOff: [] };
}

function windowRow(slot, index, onRemove) {
  const n = index + 1;
  return h('li', { class: 'availability-window' },
    h('label', {}, 'Day ', h('select', { 'aria-label': `Day of window ${n}`, onchange: e => { slot.day = e.target.value; } },
      DAYS.map(day => h('option', { value: day, selected: day === slot.day }, enumLabel(day))))),
    h('label', {}, 'From ', h('input', { type: 'time', required: true, value: slot.start, 'aria-label': `Start of window ${n}`, oninput: e => { slot.start = e.target.value; } })),
    h('label', {}, 'To ', h('input', { type: 'time', required: true, value: slot.end, 'aria-label': `End of window ${n}`, oninput: e => { slot.end = e.target.value; } })),
    h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove window ${n}`, onclick: onRemove }, 'Remove'));
}

export async function availabilitySection(ctx) {
  const form = h('form', { class: 'availability-form', novalidate: true });
  const status = h('p', { role: 'status', class: 'muted' });
  const section = h('section', { class: 'card availability', 'aria-labelledby': 'availability-title' },
    h('h2', { id: 'availability-title' }, 'When you take screens'),
    h('p', { class: 'muted' }, 'Candidates are offered screen times inside these weekly windows, in your time zone, except on your days off. You can also say it in the chat: “I take screens Tue and Thu 2-5pm CET”.'),
    form, status);
  let state = unset();

  const draw = focus => {
    const zone = h('input', { id: 'availability-zone', name: 'timeZone', required: true, value: state.timeZone, list: 'availability-zones', autocomplete: 'off', oninput: e => { state.timeZone = e.target.value; } });
    const windows = h('ul', { class: 'plain availability-windows' }, state.windows.map((w, i) => windowRow(w, i, () => {
      state.windows.splice(i, 1);
      draw('add-window');
    })));
    const dayOff = h('input', { type: 'date', id: 'availability-day-off', 'aria-label': 'A day off' });
    const daysOff = h('ul', { class: 'plain availability-days-off' }, state.daysOff.map((date, i) => h('li', {}, date, ' ',
      h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove day off ${date}`, onclick: () => { state.daysOff.splice(i, 1); draw('availability-day-off'); } }, 'Remove'))));
    form.replaceChildren(
      h('label', { for: 'availability-zone' }, 'Time zone'), zone,
      zoneList('availability-zones'),
      h('fieldset', {}, h('legend', {}, 'Weekly windows'),
        state.windows.length ? windows : h('p', { class: 'muted' }, 'No windows yet: candidates cannot be offered screen times.'),
        h('button', { type: 'button', id: 'add-window', class: 'secondary', onclick: () => {
          state.windows.push({ day: 'MONDAY', start: '09:00', end: '12:00' });
          draw(`window-${state.windows.length}`);
        } }, 'Add a window')),
      h('fieldset', {}, h('legend', {}, 'Days off'),
        state.daysOff.length ? daysOff : h('p', { class: 'muted' }, 'None.'),
        dayOff, ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => {
          if (dayOff.value && !state.daysOff.includes(dayOff.value)) state.daysOff = [...state.daysOff, dayOff.value].sort();
          draw('availability-day-off');
        } }, 'Add day off')),
      h('button', { type: 'submit' }, 'Save availability'));
    const target = focus?.startsWith('window-')
      ? form.querySelector(`select[aria-label="Day of window ${focus.slice(7)}"]`)
      : focus && form.querySelector(`#${focus}`);
    target?.focus();
  };

  const show = availability => {
    state = availability ? { ...availability, windows: availability.windows.map(w => ({ ...w })), daysOff: [...availability.daysOff] } : unset();
    draw();
  };
  const refresh = async () => {
    try {
      show((await ctx.api(AVAILABILITY)).availability);
    } catch (error) {
      form.replaceChildren(errorBlock(error));
    }
  };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.textContent = 'Saving…';
    try {
      const { setAvailability } = await ctx.api(SET, { timeZone: state.timeZone, windows: state.windows, daysOff: state.daysOff });
      show(setAvailability);
      status.textContent = 'Saved.';
    } catch (error) {
      status.textContent = `Not saved: ${error.message}`;
    }
  });
  ctx.onEvent(event => {
    if (event.kind !== 'AVAILABILITY_CHANGED') return;
    refresh();
    status.textContent = `Saved: ${event.text}`;
  });
  ctx.onReconnect(refresh);
  await refresh();
  return section;
}
