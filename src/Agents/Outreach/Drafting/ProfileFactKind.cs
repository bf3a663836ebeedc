namespace Hiring.Agents.Outreach.Drafting;

/// <summary>The kinds of profile fact a message can cite, the most personal first.</summary>
public enum ProfileFactKind
{
    /// <summary>A sentence of a role's description (or the headline or summary) naming a required skill.</summary>
    Sentence,

    /// <summary>A title held, matching a required title or skill.</summary>
    Title,

    /// <summary>A required skill in the skills list.</summary>
    Skill,

    /// <summary>The current title and company, tied to no requirement: the fallback.</summary>
    Current,

    /// <summary>The headline, tied to no requirement: the last resort of a profile that lists no role.</summary>
    Headline,
}
