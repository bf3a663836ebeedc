using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// A job spec's constraints, which filter rather than score: the location (when the spec names a
/// place or a remote scope), the current title's level and track (always) and its role (when the
/// spec names a title). Place and level filter calibration and every search strategy's hits; all
/// three are checked by evaluation and required by the shortlist gate (the role's title is not a
/// search filter, so the loop may still widen titles to the family).
/// </summary>
public sealed class SpecConstraints
{
    private readonly JobSpec _spec;
    private readonly ILocationMatcher _places;

    public SpecConstraints(JobSpec spec, ILocationMatcher places, TalentTaxonomy taxonomy, LevelBounds? bounds = null)
    {
        _spec = spec;
        _places = places;
        Places = places.PlacesOf(spec);
        Level = LevelRule.For(spec, bounds);
        Title = TitleRule.For(spec, taxonomy);
        Kinds = [.. Filters, .. Title is null ? Array.Empty<ConstraintKind>() : [ConstraintKind.Title]];
    }

    public SpecPlaces Places { get; }

    public LevelRule Level { get; }

    /// <summary>The role's title, when the spec names one.</summary>
    public TitleRule? Title { get; }

    /// <summary>The constraints this spec has; an evaluation must show each of them Met for a shortlist.</summary>
    public IReadOnlyList<ConstraintKind> Kinds { get; }

    /// <summary>The constraints that filter searches and calibration: the place (when any) and the level.</summary>
    public IReadOnlyList<ConstraintKind> Filters => Places.Constrains ? [ConstraintKind.Location, ConstraintKind.Level] : [ConstraintKind.Level];

    /// <summary>The filters in words: "in Berlin, DE; senior, individual contributor".</summary>
    public string Describe() => Places.Constrains ? $"in {Places.Describe()}; {Level.Asked}" : Level.Asked;

    /// <summary>Every constraint of the spec against the profile, in the order of <see cref="Kinds"/>.</summary>
    public IReadOnlyList<ConstraintResult> Check(CandidateProfile profile) =>
        [.. Kinds.Select(kind => kind switch
        {
            ConstraintKind.Location => CheckLocation(profile),
            ConstraintKind.Level => CheckLevel(profile),
            _ => CheckTitle(profile),
        })];

    /// <summary>The filters (place, level) against the profile.</summary>
    public IReadOnlyList<ConstraintResult> Filter(CandidateProfile profile) =>
        Places.Constrains ? [CheckLocation(profile), CheckLevel(profile)] : [CheckLevel(profile)];

    /// <summary>True when the profile passes the filters (an unknown location or title does not).</summary>
    public bool Admits(CandidateProfile profile) => Filter(profile).All(c => c.Met);

    private ConstraintResult CheckLocation(CandidateProfile profile)
    {
        var asked = Places.Describe();
        var written = profile.Location.ToString();
        var match = _places.Match(_spec, profile.Location);
        var quote = written.Length == 0 ? null : new EvidenceQuote(ProfileSections.Location, written);
        return new ConstraintResult(ConstraintKind.Location, match.Verdict, asked, written, match.Place ?? "", quote);
    }

    private ConstraintResult CheckTitle(CandidateProfile profile)
    {
        var asked = Title!.Canonical;
        if (CurrentTitle(profile) is not { } role)
        {
            return new ConstraintResult(ConstraintKind.Title, AssessmentVerdict.Unknown, asked, "", "", null);
        }

        var verdict = Title.Check(role.Title);
        var reading = verdict switch
        {
            AssessmentVerdict.Met => "the role asked",
            AssessmentVerdict.Partial => "a role of the same family",
            _ => "another role",
        };
        return new ConstraintResult(ConstraintKind.Title, verdict, asked, role.Title, reading, new EvidenceQuote(ProfileSections.ExperienceTitle(IndexOf(profile, role)), role.Title));
    }

    /// <summary>The role that says where the person is now: the newest open one, else the latest; null without a titled role.</summary>
    private static Experience? CurrentTitle(CandidateProfile profile) =>
        CurrentRole.Of(profile) is [var current, ..] && !string.IsNullOrWhiteSpace(current.Title) ? CurrentRole.Open(profile) ?? current : null;

    private ConstraintResult CheckLevel(CandidateProfile profile)
    {
        if (CurrentTitle(profile) is not { } role)
        {
            return new ConstraintResult(ConstraintKind.Level, AssessmentVerdict.Unknown, Level.Asked, "", "", null);
        }

        var index = IndexOf(profile, role);
        var level = TitleLevels.Read(role.Title);
        var verdict = Level.Admits(level) ? AssessmentVerdict.Met : AssessmentVerdict.NotMet;
        return new ConstraintResult(ConstraintKind.Level, verdict, Level.Asked, role.Title, level.ToString(), new EvidenceQuote(ProfileSections.ExperienceTitle(index), role.Title));
    }

    private static int IndexOf(CandidateProfile profile, Experience role)
    {
        for (var i = 0; i < profile.Experiences.Count; i++)
        {
            if (ReferenceEquals(profile.Experiences[i], role))
            {
                return i;
            }
        }

        return profile.Experiences.ToList().IndexOf(role);
    }
}
