using Hiring.Agents.Identity;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Screening;
using Hiring.Storage;

namespace Hiring.Agents.Screening;

/// <summary>
/// What the screening agent keeps for a project's candidates, in one append-only log per project:
/// each set of questions prepared and each transcript summary. The latest of each per candidate is
/// what the candidate's card shows; nothing is rewritten.
/// </summary>
public sealed class ScreeningRecords(ILogStore store)
{
    public const string QuestionsEntry = "questions";
    public const string SummaryEntry = "summary";
    private const int Page = 500;

    public static string StreamKey(string tenant, string projectId) =>
        GrainKeys.IsValidSegment(tenant) && GrainKeys.IsValidSegment(projectId)
            ? $"screening/{tenant}/{projectId}"
            : throw new ArgumentException($"'{tenant}/{projectId}' is not a valid project key.", nameof(projectId));

    public Task KeepQuestionsAsync(string tenant, string projectId, string candidateId, IReadOnlyList<ScreeningQuestion> questions, CancellationToken cancellationToken = default) =>
        store.AppendAsync(StreamKey(tenant, projectId), QuestionsEntry, EventJson.Serialize(new CandidateScreening(candidateId, questions, null)), cancellationToken);

    public Task KeepSummaryAsync(string tenant, string projectId, ScreeningSummary summary, CancellationToken cancellationToken = default) =>
        store.AppendAsync(StreamKey(tenant, projectId), SummaryEntry, EventJson.Serialize(summary), cancellationToken);

    /// <summary>The latest questions and summary of each candidate named that has any, in the order named.</summary>
    public async Task<IReadOnlyList<CandidateScreening>> ReadAsync(string tenant, string projectId, IReadOnlyCollection<string> candidateIds, CancellationToken cancellationToken = default)
    {
        var wanted = candidateIds.ToHashSet(StringComparer.Ordinal);
        var latest = new Dictionary<string, CandidateScreening>(StringComparer.Ordinal);
        var key = StreamKey(tenant, projectId);
        for (long after = 0; ;)
        {
            var entries = await store.ReadAfterAsync(key, after, Page, cancellationToken);
            foreach (var entry in entries)
            {
                Apply(entry, wanted, latest);
                after = entry.Sequence;
            }

            if (entries.Count < Page)
            {
                break;
            }
        }

        return [.. candidateIds.Distinct(StringComparer.Ordinal).Where(latest.ContainsKey).Select(id => latest[id])];
    }

    private static void Apply(LogEntry entry, HashSet<string> wanted, Dictionary<string, CandidateScreening> latest)
    {
        switch (entry.Type)
        {
            case QuestionsEntry:
                var questions = EventJson.Deserialize<CandidateScreening>(entry.Payload);
                if (wanted.Contains(questions.CandidateId))
                {
                    latest[questions.CandidateId] = (latest.GetValueOrDefault(questions.CandidateId) ?? questions) with { Questions = questions.Questions };
                }

                break;
            case SummaryEntry:
                var summary = EventJson.Deserialize<ScreeningSummary>(entry.Payload);
                if (wanted.Contains(summary.CandidateId))
                {
                    latest[summary.CandidateId] = (latest.GetValueOrDefault(summary.CandidateId) ?? new CandidateScreening(summary.CandidateId, [], null)) with { Summary = summary };
                }

                break;
        }
    }
}
