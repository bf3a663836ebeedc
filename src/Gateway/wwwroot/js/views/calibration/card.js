// One calibration candidate as a card to mark right or wrong: name, current title, location, key
// skills and why the assistant picked them; the two buttons say which mark is recorded (aria-pressed).
import { h, stageLabel } from '../../ui.js';

export function calibrationCard({ entry, profile, mark, pending }, position, { onMark, reasons }) {
  const name = profile?.name ?? entry.candidate?.name ?? entry.candidateId;
  const current = profile?.experiences?.[0];
  const shown = pending ?? mark;
  const reasonId = `reason-${entry.candidateId}`;
  const titleId = `cal-${entry.candidateId}`;
  const reason = h('input', { id: reasonId, maxlength: 500, autocomplete: 'off', value: reasons.get(entry.candidateId) ?? '', 'data-focus': 'reason', oninput: e => reasons.set(entry.candidateId, e.target.value) });
  const button = (verdict, text) => h('button', {
    type: 'button', class: `mark mark-${verdict === 'UP' ? 'right' : 'wrong'}`, 'aria-pressed': String(shown === verdict),
    'aria-describedby': titleId, 'data-focus': verdict,
    // The reason as typed (kept across redraws), not this render's field: a redraw mid-typing replaces the field.
    onclick: () => onMark(entry.candidateId, verdict, (reasons.get(entry.candidateId) ?? reason.value).trim()),
  }, text);
  return h('li', { class: `card calibration-card${shown ? ' is-marked' : ''}`, 'data-candidate': entry.candidateId, 'data-stage': entry.stage },
    h('h2', { id: titleId }, h('span', { class: 'muted' }, `${position}. `), name),
    entry.stage === 'CALIBRATION' ? null : h('p', {}, h('span', { class: 'tag stage' }, `Now ${stageLabel(entry.stage)}`)),
    h('p', {}, current ? `${current.title} at ${current.company}` : (entry.candidate?.currentTitle ?? profile?.headline ?? '')),
    h('p', { class: 'muted' }, profile?.location?.text ?? entry.candidate?.location ?? ''),
    profile?.skills?.length ? h('ul', { class: 'chips', 'aria-label': 'Key skills' }, profile.skills.slice(0, 6).map(skill => h('li', {}, skill))) : null,
    entry.why ? h('p', { class: 'why' }, h('strong', {}, 'Why: '), entry.why) : null,
    h('label', { for: reasonId }, 'Reason (optional)'), reason,
    h('div', { class: 'actions' }, button('UP', 'Right'), button('DOWN', 'Wrong')),
    h('p', { class: 'mark-status', role: 'status' },
      pending && pending !== mark ? 'Saving your mark…' : mark === 'UP' ? 'Marked right' : mark === 'DOWN' ? 'Marked wrong' : ''));
}
