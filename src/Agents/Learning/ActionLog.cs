using Hiring.Agents.Supervisor;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Learning;

/// <summary>
/// A project's recruiter actions, in the append-only log store (one stream per project, under the
/// tenant's key): what the recruiter viewed, rated, moved, messaged and highlighted, and what the
/// agents did on their own. Learning reads it; nothing ever rewrites it.
/// </summary>
public sealed class ActionLog(string projectKey, ILogStore store)
{
    /// <summary>The longest reason or highlighted passage kept.</summary>
    public const int MaxText = 2000;

    /// <summary>The most actions one read returns (learning reads the latest window).</summary>
    public const int Window = 5000;

    private const string EntryType = "action";
    private const int Page = 1000;

    public string StreamKey { get; } = StreamKeyOf(projectKey);

    public static string StreamKeyOf(string projectKey) => $"actions/{projectKey}";

    /// <summary>Checks every action, then appends them all in order; one that fails the check refuses the lot.</summary>
    public Task AppendAsync(IReadOnlyList<RecruiterAction> actions)
    {
        foreach (var action in actions)
        {
            Check(action);
        }

        return actions.Count == 0
            ? Task.CompletedTask
            : store.AppendAsync(StreamKey, [.. actions.Select(a => (EntryType, EventJson.Serialize(Trimmed(a))))]);
    }

    /// <summary>The latest <paramref name="max"/> actions (of one candidate when named), oldest first.</summary>
    public async Task<IReadOnlyList<RecruiterAction>> LatestAsync(string? candidateId, int max)
    {
        var bounded = Math.Clamp(max, 0, Window);
        var found = new List<RecruiterAction>();
        var before = long.MaxValue;
        while (found.Count < bounded)
        {
            var entries = await store.ReadBeforeAsync(StreamKey, before, Page);
            var page = entries.Select(e => EventJson.Deserialize<RecruiterAction>(e.Payload)).Where(a => candidateId is null || a.CandidateId == candidateId).ToList();
            found.InsertRange(0, page.Skip(Math.Max(0, page.Count - (bounded - found.Count))));
            if (entries.Count < Page)
            {
                break;
            }

            before = entries[0].Sequence;
        }

        return found;
    }

    /// <summary>The stream's length: how many actions were ever recorded.</summary>
    public Task<long> CountAsync() => store.LastSequenceAsync(StreamKey);

    private static void Check(RecruiterAction action)
    {
        if (!Enum.IsDefined(action.Kind) || !Enum.IsDefined(action.Origin))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "Unknown action.");
        }

        if (action.Kind == RecruiterActionKind.Highlighted && string.IsNullOrWhiteSpace(action.Text))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "A highlight needs the highlighted text.");
        }

        if (action.Text?.Trim().Length > MaxText || action.Reason?.Trim().Length > MaxText)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"An action's text is at most {MaxText} characters.");
        }
    }

    private static RecruiterAction Trimmed(RecruiterAction action) =>
        action with { Reason = action.Reason?.Trim() is { Length: > 0 } reason ? reason : null, Text = action.Text?.Trim() is { Length: > 0 } text ? text : null };
}
