using Hiring.Contracts.Outreach;

namespace Hiring.Contracts.Projects;

/// <summary>What the role is.</summary>
/// <param name="Title">The title as the recruiter wrote it.</param>
/// <param name="NormalizedTitle">The taxonomy's canonical title (lower case), for search.</param>
/// <param name="Seniority">intern, junior, mid, senior, staff, principal, lead, manager, director, head; empty when unknown.</param>
/// <param name="Locations">Cities or regions the role is open to; may include "remote".</param>
/// <param name="Remote">Where the work happens.</param>
/// <param name="Employment">The kind of contract.</param>
/// <param name="Description">The job description, as pasted or as written by intake.</param>
/// <param name="Faq">Answers candidates may receive, approved by the recruiter.</param>
/// <param name="MinYears">Minimum years of relevant experience, when stated.</param>
/// <param name="Places">The places of <paramref name="Locations"/>, resolved (null in specs stored before places were resolved).</param>
/// <param name="RemoteWithin">Where a remote worker must live (countries or zones); empty or null when anywhere.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.job-spec")]
public sealed record JobSpec(
    [property: Id(0)] string Title,
    [property: Id(1)] string NormalizedTitle,
    [property: Id(2)] string Seniority,
    [property: Id(3)] IReadOnlyList<string> Locations,
    [property: Id(4)] RemotePolicy Remote,
    [property: Id(5)] EmploymentType Employment,
    [property: Id(6)] string Description,
    [property: Id(7)] IReadOnlyList<FaqEntry> Faq,
    [property: Id(8)] int? MinYears = null,
    [property: Id(9)] IReadOnlyList<Place>? Places = null,
    [property: Id(10)] IReadOnlyList<Place>? RemoteWithin = null);
