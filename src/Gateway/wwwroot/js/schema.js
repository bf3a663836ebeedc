// Which optional fields the server offers, read once by introspection, so the views use newer
// fields (project status, stage counts, candidate summaries, changeQualifications) when present.
const TYPES = ['ProjectSummary', 'Project', 'PipelineEntry', 'ApprovalRequest', 'Mutation'];
const QUERY = `query { ${TYPES.map(t => `${t}: __type(name: "${t}") { fields { name } }`).join(' ')} }`;
let loaded = null;

export function capabilities(api) {
  loaded ??= api(QUERY).then(data => {
    const fields = new Set(TYPES.flatMap(t => (data[t]?.fields ?? []).map(f => `${t}.${f.name}`)));
    return { has: (type, field) => fields.has(`${type}.${field}`) };
  }).catch(error => {
    loaded = null;
    throw error;
  });
  return loaded;
}
