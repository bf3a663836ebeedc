namespace Hiring.Contracts.Projects;

/// <summary>One requirement of a role, versioned and approved by the recruiter before use.</summary>
/// <param name="Id">Stable id within the project (q1, q2, …).</param>
/// <param name="Text">The requirement in words ("5+ years of Go").</param>
/// <param name="Kind">Must-have or nice-to-have.</param>
/// <param name="Weight">Relative weight in the score (must-haves default 1.0, nice-to-haves 0.5).</param>
/// <param name="Version">Increases with every edit.</param>
/// <param name="Approved">Only approved qualifications are used by evaluation and sourcing.</param>
/// <param name="Policy">The responsible-AI verdict; a refused qualification can never be approved.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Subject">The canonical skill, title, place, degree or language, when the category has one.</param>
/// <param name="MinYears">Minimum years, when stated.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.qualification")]
public sealed record Qualification(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] QualificationKind Kind,
    [property: Id(3)] double Weight,
    [property: Id(4)] int Version,
    [property: Id(5)] bool Approved,
    [property: Id(6)] PolicyVerdict Policy,
    [property: Id(7)] QualificationOrigin Origin,
    [property: Id(8)] QualificationCategory Category,
    [property: Id(9)] string? Subject = null,
    [property: Id(10)] int? MinYears = null);
