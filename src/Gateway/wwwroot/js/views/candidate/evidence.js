// Each qualification's verdict with its quoted evidence and the section each quote came from; a
// quote is a button that scrolls to its highlight in the profile and focuses it.
import { enumLabel, h } from '../../ui.js';
import { sectionLabel } from './sections.js';

const VERDICT_CLASS = { MET: 'ok', PARTIAL: 'warn', NOT_MET: 'bad', UNKNOWN: 'neutral' };

// The quotes of an evaluation, each with a stable key: [{ key, section, text }].
export function quotesOf(evaluation) {
  return (evaluation?.assessments ?? []).flatMap((a, i) => a.quotes.map((q, j) => ({ key: `q${i}-${j}`, section: q.section, text: q.text })));
}

export function evidenceCard(candidate, project, evaluation, markIds) {
  const byId = new Map(project.qualifications.map(q => [q.id, q]));
  const assessments = evaluation?.assessments ?? [];
  return h('section', { class: 'card evidence', 'aria-labelledby': 'evidence-title' },
    h('h2', { id: 'evidence-title' }, 'Qualifications and evidence'),
    assessments.length === 0
      ? h('p', { class: 'muted' }, 'Not evaluated yet: the verdicts appear here once the assistant has evaluated this candidate.')
      : h('ul', { class: 'plain verdicts' }, assessments.map((a, i) => {
        const qualification = byId.get(a.qualificationId);
        return h('li', { class: 'verdict' },
          h('p', { class: 'verdict-head' },
            h('span', { class: `tag ${VERDICT_CLASS[a.verdict] ?? 'neutral'}` }, enumLabel(a.verdict)),
            ' ',
            h('strong', {}, qualification?.text ?? a.qualificationId),
            qualification?.kind === 'NICE_TO_HAVE' ? h('span', { class: 'muted' }, ' (nice to have)') : null),
          h('p', { class: 'rationale' }, a.rationale, a.years != null ? h('span', { class: 'muted' }, ` · ${a.years.toFixed(1)} years`) : null),
          a.quotes.length === 0 ? null : h('ul', { class: 'quotes' }, a.quotes.map((quote, j) => quoteItem(candidate, quote, markIds.get(`q${i}-${j}`)))));
      })));
}

function quoteItem(candidate, quote, markId) {
  const where = sectionLabel(candidate, quote.section);
  const text = h('q', {}, quote.text);
  if (!markId) return h('li', {}, h('blockquote', {}, text), h('p', { class: 'muted source' }, `From: ${where} (not shown in this profile)`));
  return h('li', {},
    h('button', {
      type: 'button', class: 'quote', 'data-section': quote.section,
      'aria-label': `“${quote.text}”, from ${where}: show in the profile`,
      onclick: () => {
        const mark = document.getElementById(markId);
        mark.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        mark.focus({ preventScroll: true });
      },
    }, text),
    h('p', { class: 'muted source' }, `From: ${where}`));
}
