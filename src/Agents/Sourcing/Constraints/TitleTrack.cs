namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>The two career tracks a title can be on.</summary>
public enum TitleTrack
{
    /// <summary>Does the work: junior to principal.</summary>
    IndividualContributor = 0,

    /// <summary>Leads people: managers, heads, directors, executives.</summary>
    Management = 1,
}
