using System.Globalization;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>The dialogue state as the LLM prompts read it: one line for the open project, one for the open question, one per pending approval.</summary>
public static class DialogueText
{
    public const string None = "none";

    public static string Project(OpenProject? project)
    {
        if (project is null)
        {
            return None;
        }

        var spec = project.Spec;
        var parts = new List<string> { $"id {project.ProjectId}", $"title \"{spec.NormalizedTitle}\"" };
        if (spec.Seniority.Length > 0)
        {
            parts.Add($"level {spec.Seniority}");
        }

        if (spec.Locations.Count > 0)
        {
            parts.Add($"based in {string.Join(" or ", spec.Locations)}");
        }

        if (spec.Remote != RemotePolicy.Unspecified)
        {
            var within = spec.RemoteWithin is { Count: > 0 } scope ? $" within {string.Join(" or ", scope.Select(p => p.Name))}" : "";
            parts.Add($"{spec.Remote.ToString().ToLowerInvariant()}{within}");
        }

        if (spec.MinYears is { } years)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{years}+ years"));
        }

        parts.Add($"must-haves: {Join(project.Must)}");
        parts.Add($"nice-to-haves: {Join(project.Nice)}");
        return string.Join("; ", parts);
    }

    /// <summary>The recruiter's other recent projects, one line each, or "none".</summary>
    public static string Others(IReadOnlyList<OpenProject> others) =>
        others.Count == 0 ? None : string.Join("\n", others.Select(Project));

    /// <summary>What waits for the recruiter's approval, one line each (id, policy action, step, what it does, project), or "none".</summary>
    public static string Approvals(IReadOnlyList<PendingApproval> waiting) =>
        waiting.Count == 0 ? None : string.Join("\n", waiting.Select(w => $"id {w.Id}; {w.Action} ({w.StepAction}); {w.Summary}; project {w.ProjectId ?? None}"));

    public static string Question(OpenQuestion? question) => question switch
    {
        null => None,
        { Kind: OpenQuestion.Calibration } q => $"calibration: the assistant showed {q.Candidates?.Count ?? 0} candidates ({Join(q.Candidates ?? [])}, numbered in that order) and asked \"{q.Asked}\"",
        { } q => $"{q.Kind}: the assistant asked \"{q.Asked}\" about the request \"{q.Request}\" (missing: {Join(q.Missing)})",
    };

    private static string Join(IReadOnlyList<string> values) => values.Count == 0 ? None : string.Join(", ", values);
}
