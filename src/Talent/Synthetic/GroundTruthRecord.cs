namespace Hiring.Talent.Synthetic;

/// <summary>What the generator knows about one synthetic person; one JSON line of the ground-truth file.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Family">Role family, for example "software".</param>
/// <param name="Specialty">The person's main specialty, for example "Backend Engineer".</param>
/// <param name="Seniority">Seniority of the latest role.</param>
/// <param name="Titles">Every title held, newest first.</param>
/// <param name="Skills">Skills with months and years of real use, longest first.</param>
/// <param name="CareerMonths">Months from the first role's start to the as-of month or the last role's end.</param>
public sealed record GroundTruthRecord(
    string Id,
    string Family,
    string Specialty,
    Seniority Seniority,
    IReadOnlyList<string> Titles,
    IReadOnlyList<SkillTruth> Skills,
    int CareerMonths);
