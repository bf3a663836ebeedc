// #/search?q=…&mode=… — search the talent pool (boolean, re-ranked, or by meaning) with why each
// profile matched, and charts of the query's pool. #/search?project=:id starts from a project's
// pool: its title and approved skills.
import { errorBlock, h } from '../ui.js';
import { insightsSection } from './search/insights.js';
import { INSIGHTS, MODES, SEARCH, projectPool } from './search/queries.js';
import { resultsSection } from './search/results.js';

export async function render(root, _params, ctx) {
  const projectId = ctx.query.get('project');
  const pool = projectId && !ctx.query.has('q') ? await projectPool(ctx.api, projectId) : null;
  const q = pool?.query ?? ctx.query.get('q') ?? '';
  const mode = MODES.some(([value]) => value === ctx.query.get('mode')) ? ctx.query.get('mode') : 'RERANKED';

  const input = h('input', { id: 'search-q', type: 'search', name: 'q', value: q, autocomplete: 'off', 'aria-describedby': 'search-help', spellcheck: 'false' });
  const select = h('select', { id: 'search-mode', name: 'mode' }, MODES.map(([value, text]) => h('option', { value, selected: value === mode }, text)));
  const problem = h('div', { id: 'search-error', class: 'search-error' });
  const output = h('div', { class: 'search-output' });
  root.append(...[
    h('h1', {}, 'Search and insights'),
    pool ? h('p', {}, 'The pool of ', h('a', { href: `#/projects/${encodeURIComponent(projectId)}` }, pool.title), ': its title and approved must-have skills.') : null,
    h('form', { class: 'card search-form', role: 'search', onsubmit: event => {
      event.preventDefault();
      const params = new URLSearchParams({ q: input.value.trim(), mode: select.value });
      if (projectId) params.set('project', projectId);
      ctx.navigate(`/search?${params}`);
    } },
    h('div', { class: 'field grow' }, h('label', { for: 'search-q' }, 'Query'), input),
    h('div', { class: 'field' }, h('label', { for: 'search-mode' }, 'Mode'), select),
    h('button', { type: 'submit' }, 'Search'),
    h('p', { id: 'search-help', class: 'muted help' }, 'Terms are AND-ed; use OR, NOT, "quoted phrases" and field:term (title:, skill:, company:, location:).')),
    problem, output].filter(Boolean));
  if (!q) {
    output.append(h('p', { class: 'muted' }, 'Type a query to see matching profiles and charts of their pool.'));
    return;
  }

  output.append(h('p', { class: 'muted', role: 'status' }, 'Searching…'));
  const [found, insights] = await Promise.allSettled([ctx.api(SEARCH, { q, mode }), ctx.api(INSIGHTS, { q })]);
  output.replaceChildren();
  const failure = found.status === 'rejected' ? found.reason : null;
  if (failure) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'search-error search-help');
    problem.replaceChildren(failure.code === 'BAD_USER_INPUT'
      ? h('div', { class: 'error', role: 'alert' }, h('p', {}, h('strong', {}, 'This query cannot be read: '), failure.message), where(q, failure.message))
      : errorBlock(failure));
    return;
  }
  output.append(resultsSection(found.value.search, { projectId, mode }));
  output.append(insights.status === 'fulfilled'
    ? insightsSection(insights.value.insights, pool ? 'Insights for this project’s pool' : 'Insights for this pool')
    : errorBlock(insights.reason));
}

// The query with a caret under the column the error names ("… at line 1, column 19: …").
function where(query, message) {
  const column = Number(/line 1, column (\d+)/.exec(message)?.[1]);
  if (!column || query.includes('\n')) return null;
  return h('pre', { class: 'caret', 'aria-hidden': 'true' }, `${query}\n${' '.repeat(Math.min(column - 1, query.length))}^`);
}
