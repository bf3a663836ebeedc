using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>Everything a role request says: title, level, places and work arrangement, years, requirements.</summary>
/// <param name="Title">The job title, when one is named.</param>
/// <param name="Seniority">The level, when one is named (never guessed).</param>
/// <param name="Places">Places, remote policy and remote scope.</param>
/// <param name="Years">Overall years of experience asked for (the lower bound of a range).</param>
/// <param name="Requirements">Skills and languages, each must-have or nice-to-have.</param>
/// <param name="OtherWords">Words that are none of the above, nor function words or fillers: many of them mean the message is about more than a role.</param>
/// <param name="Entities">Where the title, requirements, places and level are written, in text order.</param>
/// <param name="OtherTitles">Further roles joined to the title ("a head chef and a sous chef"): canonical titles, none of them a requirement.</param>
/// <param name="NotNeeded">Requirements named only to say they are not asked for ("Dutch not needed"): none of <paramref name="Requirements"/>; an edit of a role removes them.</param>
public sealed record RoleReading(
    TitleReading? Title,
    string? Seniority,
    PlaceReading Places,
    int? Years,
    IReadOnlyList<ReadRequirement> Requirements,
    int OtherWords,
    IReadOnlyList<EntitySpan> Entities,
    IReadOnlyList<string>? OtherTitles = null,
    IReadOnlyList<ReadRequirement>? NotNeeded = null)
{
    /// <summary>Whether anything beyond the title was said: level, years, places, remote, requirements.</summary>
    public bool HasDetails => Seniority is not null || Years is not null || Requirements.Count > 0 || Places.Places.Count > 0
        || Places.Remote != Contracts.Projects.RemotePolicy.Unspecified || Places.RemoteWithin.Count > 0;
}
