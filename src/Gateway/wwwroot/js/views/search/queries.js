// The search page's reads: ranked hits, the pool's insights, and a project's pool as a query.

export const SEARCH = `query($q: String!, $mode: SearchMode!) { search(query: $q, top: 20, mode: $mode) { totalMatches hits { candidate { id name headline currentTitle currentCompany location } score whyMatched { field terms } } } }`;
export const INSIGHTS = `query($q: String!) { insights(query: $q) { matchedProfiles analyzedProfiles asOf
  topLocations { value count share } topTitles { value count share } topSkills { value count share } topCompanies { value count share }
  talentFlows { from to moves } fastGrowingCompanies { company joins leaves net } layoffSignals { company month departures monthlyAverage }
  recentlyHired recentlyHiredShare openToWork openToWorkShare } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { id spec { title normalizedTitle } qualifications { text kind category subject approved } } }`;

export const MODES = [
  ['BOOLEAN', 'Boolean: exact terms'],
  ['RERANKED', 'Boolean, re-ranked by meaning'],
  ['NATURAL_LANGUAGE', 'By meaning (natural language)'],
];

// A project's pool: its title as a phrase and its approved must-have skills, e.g. "backend engineer" AND go AND kubernetes
// (nice-to-haves would narrow the pool to the few who have everything).
export async function projectPool(api, projectId) {
  const { project } = await api(PROJECT, { id: projectId });
  const phrase = text => (/[^\p{L}\p{N}]/u.test(text) ? `"${text.replaceAll('"', '')}"` : text.toLowerCase());
  const title = project.spec?.normalizedTitle || project.spec?.title;
  const skills = [...new Set(project.qualifications
    .filter(q => q.approved && q.kind === 'MUST_HAVE' && q.category === 'SKILL' && (q.subject || q.text))
    .map(q => phrase(q.subject || q.text)))];
  return { title: project.spec?.title ?? projectId, query: [title ? phrase(title) : null, ...skills].filter(Boolean).join(' AND ') };
}
