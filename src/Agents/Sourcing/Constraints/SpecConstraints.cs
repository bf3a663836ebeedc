using Hiring.Agents.Evaluation;
using Hiring.Agents.Talent.Search;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Sourcing.Constraints;

/// <summary>
/// A job spec's constraints, which filter rather than score: the location (when the spec names a
/// place or a remote scope) and the current title's level and track (always). Calibration, every
/// search strategy's hits, evaluation and the shortlist gate read them through here.
/// </summary>
public sealed class SpecConstraints
{
    private readonly JobSpec _spec;
    private readonly ILocationMatcher _places;

    public SpecConstraints(JobSpec spec, ILocationMatcher places, LevelBounds? bounds = null)
    {
        _spec = spec;
        _places = places;
        Places = places.PlacesOf(spec);
        Level = LevelRule.For(spec, bounds);
        Kinds = Places.Constrains ? [ConstraintKind.Location, ConstraintKind.Level] : [ConstraintKind.Level];
    }

    public SpecPlaces Places { get; }

    public LevelRule Level { get; }

    /// <summary>The constraints this spec has; an evaluation must show each of them Met for a shortlist.</summary>
    public IReadOnlyList<ConstraintKind> Kinds { get; }

    /// <summary>"in Berlin, DE; senior, individual contributor".</summary>
    public string Describe() => Places.Constrains ? $"in {Places.Describe()}; {Level.Asked}" : Level.Asked;

    public IReadOnlyList<ConstraintResult> Check(CandidateProfile profile) =>
        Places.Constrains ? [CheckLocation(profile), CheckLevel(profile)] : [CheckLevel(profile)];

    /// <summary>True when the profile meets every constraint (an unknown location or title does not).</summary>
    public bool Admits(CandidateProfile profile) => Check(profile).All(c => c.Met);

    private ConstraintResult CheckLocation(CandidateProfile profile)
    {
        var asked = Places.Describe();
        var written = profile.Location.ToString();
        var match = _places.Match(_spec, profile.Location);
        var quote = written.Length == 0 ? null : new EvidenceQuote(ProfileSections.Location, written);
        return new ConstraintResult(ConstraintKind.Location, match.Verdict, asked, written, match.Place ?? "", quote);
    }

    private ConstraintResult CheckLevel(CandidateProfile profile)
    {
        if (CurrentRole.Of(profile) is not [var current, ..] || string.IsNullOrWhiteSpace(current.Title))
        {
            return new ConstraintResult(ConstraintKind.Level, AssessmentVerdict.Unknown, Level.Asked, "", "", null);
        }

        // The newest of the open roles is the one that says where the person is now.
        var role = CurrentRole.Open(profile) ?? current;
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
