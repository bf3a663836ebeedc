using Hiring.Agents.Supervisor;
using Hiring.Contracts.Learning;
using Hiring.Storage;

namespace Hiring.Agents.Learning;

/// <summary>
/// The proposals learning offered on a project, in the append-only log store: each is offered once,
/// whatever the recruiter decides (a rejected proposal is not asked again; the approvals inbox keeps the decision).
/// </summary>
public sealed class LearningOffers(string projectKey, ILogStore store)
{
    private const string EntryType = "offered";
    private const int Page = 500;

    public string StreamKey { get; } = $"learning/{projectKey}";

    public Task RecordAsync(LearningProposal proposal) => store.AppendAsync(StreamKey, EntryType, EventJson.Serialize(proposal));

    /// <summary>Every proposal offered so far, oldest first.</summary>
    public async Task<IReadOnlyList<LearningProposal>> ReadAsync()
    {
        var offered = new List<LearningProposal>();
        long after = 0;
        while (true)
        {
            var entries = await store.ReadAfterAsync(StreamKey, after, Page);
            offered.AddRange(entries.Where(e => e.Type == EntryType).Select(e => EventJson.Deserialize<LearningProposal>(e.Payload)));
            if (entries.Count < Page)
            {
                return offered;
            }

            after = entries[^1].Sequence;
        }
    }
}
