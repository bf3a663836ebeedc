using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Talent;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// Location: the profile's city, region or country is the place asked for, by any of its names
/// ("Lisboa" is Lisbon, "München" Munich) through the location seam the spec's constraints use, or
/// written the same way (a place the gazetteer does not know).
/// </summary>
public static class PlaceAssessment
{
    public static AssessmentDraft Assess(ProfileReading reading, Qualification qualification, ConstraintChecks places)
    {
        var location = reading.Profile.Location;
        var subject = qualification.Subject is { Length: > 0 } s ? s : qualification.Text;
        var values = ("subject", subject);
        var wanted = subject.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var parts = new[] { location.City, location.Region, location.Country }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count == 0)
        {
            return new AssessmentDraft(AssessmentVerdict.Unknown, [], reading.Rules.Say("location_unknown", values));
        }

        var match = parts.FirstOrDefault(p => wanted.Contains(TextFolding.Fold(p)))
            ?? (places.LivesIn(location, subject).Verdict == AssessmentVerdict.Met ? location.ToString() : null);
        return match is not null
            ? new AssessmentDraft(AssessmentVerdict.Met, [new EvidenceQuote(ProfileSections.Location, match)], reading.Rules.Say("location_met", values))
            : new AssessmentDraft(AssessmentVerdict.NotMet, [], reading.Rules.Say("location_not_met", values));
    }
}
