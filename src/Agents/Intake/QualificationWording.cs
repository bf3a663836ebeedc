using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>How intake names a qualification to the recruiter: "Go, 5+ years (must-have, from your request)".</summary>
public sealed class QualificationWording(IntakePhrases phrases)
{
    public string Describe(Qualification qualification) =>
        qualification.Policy.Allowed
            ? $"{qualification.Text} ({Kind(qualification.Kind)}, {Origin(qualification.Origin)})"
            : Refused(qualification);

    public string Refused(Qualification qualification) => phrases.Message(
        "refused",
        ("id", qualification.Id),
        ("text", qualification.Text),
        ("reason", qualification.Policy.Reason ?? ""),
        ("rewording", qualification.Policy.Rewording is { } rewording ? phrases.Message("rewording", ("rewording", rewording)) : ""));

    public string List(IEnumerable<Qualification> qualifications) => string.Join("; ", qualifications.Select(q => $"{q.Id} {Describe(q)}"));

    public string Kind(QualificationKind kind) => phrases.Message($"kind_{kind}");

    private string Origin(QualificationOrigin origin) => phrases.Message($"origin_{origin}");

    /// <summary>"1 qualification", "3 qualifications".</summary>
    public static string Count(int count) => count == 1 ? "1 qualification" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} qualifications");
}
