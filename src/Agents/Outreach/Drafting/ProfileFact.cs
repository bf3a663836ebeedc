namespace Hiring.Agents.Outreach.Drafting;

/// <summary>One true fact of a profile a message may cite, with the requirement it matches.</summary>
/// <param name="Kind">What kind of fact it is.</param>
/// <param name="Section">The profile section of <paramref name="Text"/>.</param>
/// <param name="Text">The verbatim words: a sentence, a title or a listed skill.</param>
/// <param name="Company">The company of the role it is from, verbatim; null for the headline, summary or skills.</param>
/// <param name="CompanySection">The section of <paramref name="Company"/>.</param>
/// <param name="Skill">The required skill as the profile writes it ("Kubernetes"), or the title for a title fact.</param>
/// <param name="Requirement">The qualification's text; null for the current role.</param>
public sealed record ProfileFact(ProfileFactKind Kind, string Section, string Text, string? Company, string? CompanySection, string Skill, string? Requirement)
{
    /// <summary>The verbatim pieces the message cites.</summary>
    public IEnumerable<CitedFact> Cited()
    {
        yield return new CitedFact(Section, Text, Requirement);
        if (Company is { Length: > 0 } company && CompanySection is not null)
        {
            yield return new CitedFact(CompanySection, company, Requirement);
        }
    }
}
