// Charts of a query's pool: the headline figures, top locations, titles, skills and companies,
// talent flow between companies, fast-growing companies and layoff signals.
import { barChart, divergingBars, flowChart } from '../../charts.js';
import { h } from '../../ui.js';

const percent = share => `${Math.round(share * 100)}%`;
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function insightsSection(insights, heading) {
  const top = (items, title) => barChart(items.map(i => ({ label: i.value, value: i.count })), { title, head: ['Value', 'Profiles'] });
  return h('section', { class: 'insights', 'aria-labelledby': 'insights-title' },
    h('h2', { id: 'insights-title' }, heading),
    h('dl', { class: 'figures' },
      figure('Matched profiles', insights.matchedProfiles.toLocaleString()),
      figure('Recently hired', percent(insights.recentlyHiredShare), `${insights.recentlyHired} of ${insights.analyzedProfiles} analysed`),
      figure('Open to work', percent(insights.openToWorkShare), `${insights.openToWork} of ${insights.analyzedProfiles} analysed`)),
    h('div', { class: 'chart-grid' },
      top(insights.topLocations, 'Top locations'),
      top(insights.topTitles, 'Top titles'),
      top(insights.topSkills, 'Top skills'),
      top(insights.topCompanies, 'Top companies'),
      flowChart(insights.talentFlows.map(f => ({ from: f.from, to: f.to, count: f.moves })), { title: 'Talent flow between companies' }),
      divergingBars(insights.fastGrowingCompanies.map(c => ({ label: c.company, left: c.leaves, right: c.joins, net: c.net })), { title: 'Fast-growing companies' }),
      barChart(insights.layoffSignals.map(l => ({
        label: `${l.company}, ${monthFormat.format(new Date(`${l.month}T00:00:00Z`))}`,
        value: l.departures, marker: l.monthlyAverage, markerLabel: `monthly average ${l.monthlyAverage.toFixed(1)}`,
      })), { title: 'Layoff signals: departures in a month vs the monthly average (line)', head: ['Company, month', 'Departures', 'Monthly average'] })));
}

function figure(label, value, note) {
  return h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, h('span', { class: 'big' }, value), note ? h('span', { class: 'muted' }, note) : null));
}
