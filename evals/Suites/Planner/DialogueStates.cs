using System.Globalization;
using System.Text.Json;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Evals.Cases;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Evals.Suites.Planner;

/// <summary>
/// A planner case's "state" as the planner receives it: the open project as an <see cref="OpenProject"/>
/// with its <see cref="JobSpec"/>, and the open question as an <see cref="OpenQuestion"/>.
/// </summary>
public static class DialogueStates
{
    public const string ProjectId = "eval-project";

    /// <param name="state">The case's state.</param>
    /// <param name="titles">The product's titles: the open project's title is normalized as intake normalizes it, so a
    /// case that writes "qa engineer" opens the project the product would have ("quality assurance engineer").</param>
    public static DialogueState From(JsonElement? state, TitleVocabulary? titles = null)
    {
        if (state is not { ValueKind: JsonValueKind.Object } s)
        {
            return DialogueState.None;
        }

        var project = CaseJson.Get(s, "project") is { ValueKind: JsonValueKind.Object } p ? Project(p, titles) : null;
        var question = CaseJson.Get(s, "question") is { ValueKind: JsonValueKind.Object } q ? Question(q, project) : null;
        return new DialogueState(project, question);
    }

    /// <summary>One line about the open project, for planners that read a summary.</summary>
    public static string? Summary(OpenProject? project)
    {
        if (project is null)
        {
            return null;
        }

        var spec = project.Spec;
        var where = spec.Locations.Count > 0 ? $" in {string.Join(" or ", spec.Locations)}" : "";
        var remote = spec.Remote == RemotePolicy.Unspecified ? "" : $" ({spec.Remote.ToString().ToLowerInvariant()})";
        var must = project.Must.Count > 0 ? $"; must: {string.Join(", ", project.Must)}" : "";
        var nice = project.Nice.Count > 0 ? $"; nice: {string.Join(", ", project.Nice)}" : "";
        return $"{$"{spec.Seniority} {spec.Title}".Trim()}{where}{remote}{must}{nice}";
    }

    private static OpenProject Project(JsonElement project, TitleVocabulary? titles)
    {
        var title = CaseJson.Text(project, "title") ?? "";
        var spec = new JobSpec(
            title,
            titles?.Canonical(title) ?? title.ToLowerInvariant(),
            CaseJson.Text(project, "seniority") ?? "",
            CaseJson.Strings(project, "locations"),
            Remote(CaseJson.Text(project, "remote")),
            EmploymentType.Unspecified,
            "",
            [],
            CaseJson.Whole(project, "minYears"));
        return new OpenProject(ProjectId, spec, CaseJson.Strings(project, "must"), CaseJson.Strings(project, "nice"));
    }

    private static OpenQuestion Question(JsonElement question, OpenProject? project)
    {
        var count = CaseJson.Whole(question, "candidates");
        IReadOnlyList<string>? candidates = count is > 0
            ? [.. Enumerable.Range(1, count.Value).Select(i => string.Create(CultureInfo.InvariantCulture, $"eval-candidate-{i}"))]
            : CaseJson.Strings(question, "candidates") is { Count: > 0 } ids ? ids : null;
        return new OpenQuestion(
            CaseJson.Text(question, "kind") ?? OpenQuestion.Intake,
            CaseJson.Text(question, "asked") ?? "",
            CaseJson.Text(question, "request") ?? "",
            CaseJson.Strings(question, "missing"),
            project?.ProjectId,
            candidates);
    }

    public static RemotePolicy Remote(string? remote) => remote?.Trim().ToLowerInvariant() switch
    {
        "remote" => RemotePolicy.Remote,
        "hybrid" => RemotePolicy.Hybrid,
        "onsite" or "on-site" or "on site" => RemotePolicy.OnSite,
        _ => RemotePolicy.Unspecified,
    };
}
