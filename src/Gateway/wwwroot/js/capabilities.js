// Which optional fields the server offers (asked once by introspection), so a view can use a field
// that a newer server adds and hide what depends on it on an older one.
let asked = null;

const INTROSPECT = `query { project: __type(name: "Project") { fields { name } } entry: __type(name: "PipelineEntry") { fields { name } } mutation: __type(name: "Mutation") { fields { name } } }`;

// { has(type, field) } for type 'project' | 'entry' | 'mutation'.
export function capabilities(api) {
  asked ??= api(INTROSPECT).then(data => {
    const fields = Object.fromEntries(Object.entries(data).map(([type, t]) => [type, new Set((t?.fields ?? []).map(f => f.name))]));
    return { has: (type, field) => fields[type]?.has(field) ?? false };
  }).catch(error => {
    asked = null;
    throw error;
  });
  return asked;
}
