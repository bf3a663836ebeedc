namespace Hiring.Talent.Import.JsonResume;

/// <summary>
/// The parts of a JSON Resume a profile has no field for, kept in its summary as lines a recruiter
/// (and the evaluator, which quotes them) can read: the spoken languages with their fluency, the
/// certificates, the projects. Without them "Fluent German", "ACCA" or a language used only in a
/// side project would look absent from a resume that states them.
/// </summary>
public static class JsonResumeSummary
{
    /// <summary>The label of the spoken-languages line: "Languages: German (Native speaker), English (Fluent)."</summary>
    public const string LanguagesLabel = "Languages";

    public static string? Of(JsonResumeDocument document)
    {
        var lines = new List<string>();
        Add(lines, document.Basics?.Summary?.Trim());
        Add(lines, List(LanguagesLabel, ", ", (document.Languages ?? []).Select(l => Item(l.Language, l.Fluency))));
        Add(lines, List("Certificates", "; ", (document.Certificates ?? []).Select(c => Item(c.Name, Join(", ", c.Issuer, c.Date)))));
        foreach (var project in document.Projects ?? [])
        {
            var body = Join(" ", Sentence(project.Description), Sentence(Join("; ", [.. project.Highlights ?? []])), Sentence(List("Keywords", ", ", project.Keywords ?? [])));
            Add(lines, string.IsNullOrWhiteSpace(project.Name) ? (body.Length > 0 ? $"Project: {body}" : null) : $"Project {project.Name.Trim()}: {body}".TrimEnd(' ', ':'));
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>"German (Native speaker)", or the name alone.</summary>
    private static string? Item(string? name, string? detail) =>
        string.IsNullOrWhiteSpace(name) ? null : string.IsNullOrWhiteSpace(detail) ? name.Trim() : $"{name.Trim()} ({detail.Trim()})";

    private static string? List(string label, string separator, IEnumerable<string?> items)
    {
        var present = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        return present.Count == 0 ? null : $"{label}: {string.Join(separator, present)}.";
    }

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>The text ending with a full stop, so each part reads (and is quoted) as its own sentence.</summary>
    private static string? Sentence(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static void Add(List<string> lines, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line);
        }
    }
}
