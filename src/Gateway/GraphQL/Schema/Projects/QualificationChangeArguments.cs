using GraphQL;
using Hiring.Agents.Intake.Steps;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// The arguments of changeQualifications, checked against the project before anything is posted:
/// every id must be one of its qualifications, at most <see cref="MaxItems"/> items in all, each text
/// 1 to <see cref="MaxText"/> characters; anything else is INVALID and changes nothing.
/// </summary>
public sealed record QualificationChangeArguments(
    IReadOnlyList<string> Approve,
    IReadOnlyList<string> Remove,
    IReadOnlyDictionary<string, string> Edits,
    IReadOnlyList<string> Add)
{
    public const int MaxItems = 50;
    public const int MaxText = 500;

    public static QualificationChangeArguments From(IResolveFieldContext context, ProjectSnapshot project)
    {
        var approve = context.GetArgument<List<string>?>("approve") ?? [];
        var remove = context.GetArgument<List<string>?>("remove") ?? [];
        var edits = (context.GetArgument<List<Dictionary<string, object?>>?>("edits") ?? [])
            .Select(e => (Id: (string)e["id"]!, Text: Text((string)e["text"]!)))
            .ToList();
        var add = (context.GetArgument<List<string>?>("add") ?? []).Select(Text).ToList();

        var count = approve.Count + remove.Count + edits.Count + add.Count;
        if (count is 0 or > MaxItems)
        {
            throw Invalid($"Give 1 to {MaxItems} changes in all.");
        }

        var known = project.Qualifications.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        if (approve.Concat(remove).Concat(edits.Select(e => e.Id)).FirstOrDefault(id => !known.Contains(id)) is { } unknown)
        {
            throw Invalid($"'{unknown}' is not a qualification of this project.");
        }

        if (edits.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Invalid($"'{twice.Key}' is edited twice.");
        }

        if (remove.Intersect(approve.Concat(edits.Select(e => e.Id))).FirstOrDefault() is { } both)
        {
            throw Invalid($"'{both}' cannot be removed and kept at once.");
        }

        return new QualificationChangeArguments(
            [.. approve.Distinct(StringComparer.Ordinal)],
            [.. remove.Distinct(StringComparer.Ordinal)],
            edits.ToDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal),
            add);
    }

    /// <summary>The change as the structured message the supervisor plans without a second approval.</summary>
    public QualificationEdits ToMessage() => new(Approve, Remove, Edits, Add);

    /// <summary>
    /// The change as an edit of a waiting apply-qualifications approval, in the names its step reads:
    /// each decided id with its wording (the current one when only approved, so it counts as listed),
    /// "approve" naming them all ("none" when nothing is kept), "remove" and "add".
    /// </summary>
    public Dictionary<string, string> ToApprovalChanges(ProjectSnapshot project)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in project.Qualifications.Where(q => Approve.Contains(q.Id)))
        {
            changes[q.Id] = q.Text;
        }

        foreach (var (id, text) in Edits)
        {
            changes[id] = text;
        }

        var kept = Approve.Concat(Edits.Keys).Distinct(StringComparer.Ordinal).ToList();
        changes[Contracts.Planning.StepValueNames.Approve] = kept.Count > 0 ? string.Join(",", kept) : ApplyQualificationsInput.None;
        if (Remove.Count > 0)
        {
            changes[Contracts.Planning.StepValueNames.Remove] = string.Join(",", Remove);
        }

        if (Add.Count > 0)
        {
            changes[Contracts.Planning.StepValueNames.Add] = string.Join(";", Add);
        }

        return changes;
    }

    /// <summary>A wording of 1 to <see cref="MaxText"/> characters; a ";" would split it in two where the step reads it, so it reads as a comma.</summary>
    private static string Text(string text)
    {
        var trimmed = text.Trim().Replace(';', ',');
        return trimmed.Length is 0 or > MaxText ? throw Invalid($"A qualification's text must be 1 to {MaxText} characters.") : trimmed;
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = RefusalCodes.Invalid };
}
