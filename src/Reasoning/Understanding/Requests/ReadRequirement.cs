using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>One requirement read from a request or a requirement line.</summary>
/// <param name="Subject">What is required, canonical: a skill of the vocabulary, a spoken language, or the recruiter's own words folded.</param>
/// <param name="Written">As written.</param>
/// <param name="Kind">Must-have or nice-to-have, by the wording around it.</param>
/// <param name="Category">Skill or language.</param>
/// <param name="Years">Years of it asked for, when tied to it ("4 years of Spring Boot").</param>
/// <param name="Known">Whether the vocabulary knows it (else it was kept as the recruiter wrote it).</param>
/// <param name="Start">Where it is written in the text.</param>
/// <param name="Field">The vocabulary's category of the skill ("framework", "sales", "practice"), when known.</param>
/// <param name="Condition">A condition of the job ("nights only", "6 month contract"), kept in the recruiter's words: its subject names no skill.</param>
public sealed record ReadRequirement(string Subject, string Written, QualificationKind Kind, QualificationCategory Category, int? Years, bool Known, int Start, string? Field = null, bool Condition = false)
{
    /// <summary>The subject a qualification keeps: none for a condition of the job, which no profile is searched or compared for by name.</summary>
    public string? QualificationSubject => Condition ? null : Subject;

    private static readonly HashSet<string> ToolFields = new(StringComparer.Ordinal) { "language", "framework", "database", "cloud", "devops", "tool", "ml", "data", "certification" };

    /// <summary>
    /// Whether it is a field of work rather than a tool ("B2B sales", "customer success", "nursing"):
    /// years of a field are years of experience ("4+ years of SaaS sales"), years of a tool are the tool's ("4 years of Spring Boot").
    /// </summary>
    public bool IsFieldOfWork => Category == QualificationCategory.Skill && (Field is null || !ToolFields.Contains(Field));
}
