// The sections of a profile that evidence quotes name ("headline", "skills", "experience[0].title",
// "education[1]", …): their text, as the evaluator reads it, and a label a recruiter understands.

// The text of a named section of the candidate, or null when the card does not show it.
export function sectionText(candidate, section) {
  const [, list, index, part] = /^(experience|education)\[(\d+)\](?:\.(\w+))?$/.exec(section) ?? [];
  if (list === 'experience') return candidate.experiences[Number(index)]?.[part] ?? null;
  if (list === 'education') {
    const school = candidate.education[Number(index)];
    return school ? educationText(school) : null;
  }
  switch (section) {
    case 'headline': return candidate.headline;
    case 'skills': return candidate.skills.join(', ');
    case 'location': return candidate.location.text;
    default: return null;
  }
}

// An education entry as one line, as the evaluator quotes it: degree, field, school.
export function educationText(school) {
  return [school.degree, school.field, school.school].filter(part => part && part.trim()).join(', ');
}

export function sectionLabel(candidate, section) {
  const [, list, index, part] = /^(experience|education)\[(\d+)\](?:\.(\w+))?$/.exec(section) ?? [];
  if (list === 'experience') {
    const role = candidate.experiences[Number(index)];
    return role ? `${part === 'title' ? 'Title' : 'Description'} of the role at ${role.company}` : section;
  }
  if (list === 'education') return `Education: ${candidate.education[Number(index)]?.school ?? section}`;
  return { headline: 'Headline', skills: 'Skills', location: 'Location', summary: 'Summary' }[section] ?? section;
}

// A DOM id for a section, e.g. "section-experience-0-description".
export function sectionId(section) {
  return `section-${section.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
}
