using Hiring.Agents.Identity;
using Hiring.Storage;

namespace Hiring.Agents.Privacy;

/// <summary>
/// A tenant's logs as erasure sees them. Every stream key is "{kind}/{tenant}/…" (events, inbox,
/// conversation, evidence, moves, notes, sourcing, contacts, candidate inbox, screening, screens),
/// so the log store's stream listing names every tenant that holds anything and every project that
/// ever held a candidate (a project's first candidate writes its first move). That listing is the
/// sound way to reach them all: <c>ITenantHistory</c> keeps only the latest projects. The recruiters
/// are found the same way, by the streams their assistants write.
/// </summary>
public sealed class TenantLogs(ILogStore store)
{
    private const int Page = 500;

    /// <summary>Every tenant with a log.</summary>
    public async Task<IReadOnlyList<string>> TenantsAsync(CancellationToken cancellationToken = default) =>
        [.. (await store.StreamKeysAsync("", cancellationToken)).Select(TenantOf).Where(GrainKeys.IsValidSegment).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The keys ("{tenant}/{project}") of the tenant's projects that ever held a candidate or an evaluation.</summary>
    public Task<IReadOnlyList<string>> ProjectsOfAsync(string tenant, CancellationToken cancellationToken = default) =>
        KeysOfAsync(tenant, ProjectKinds, cancellationToken);

    /// <summary>The keys ("{tenant}/{recruiter}") of the tenant's recruiters whose assistant ever took a message or told them anything.</summary>
    public Task<IReadOnlyList<string>> RecruitersOfAsync(string tenant, CancellationToken cancellationToken = default) =>
        KeysOfAsync(tenant, RecruiterKinds, cancellationToken);

    /// <summary>Redacts every entry of the tenants' logs that names the person (or lies in a stream named for them); returns how many.</summary>
    public async Task<int> RedactAsync(IReadOnlySet<string> tenants, CandidateMentions mentions, CancellationToken cancellationToken = default)
    {
        var redacted = 0;
        foreach (var stream in (await store.StreamKeysAsync("", cancellationToken)).Where(k => TenantOf(k) is { } tenant && tenants.Contains(tenant)))
        {
            var wholeStream = mentions.In(stream);
            var sequences = new List<long>();
            long after = 0;
            while (true)
            {
                var entries = await store.ReadAfterAsync(stream, after, Page, cancellationToken);
                sequences.AddRange(entries.Where(e => wholeStream || mentions.In(e.Payload)).Select(e => e.Sequence));
                if (entries.Count < Page)
                {
                    break;
                }

                after = entries[^1].Sequence;
            }

            redacted += await store.RedactAsync(stream, sequences, cancellationToken);
        }

        return redacted;
    }

    // The streams a project writes under its own key: its pipeline moves and its evidence ledger.
    private static readonly string[] ProjectKinds = ["moves", "evidence"];

    // The streams a recruiter's assistant writes under the recruiter's key: its inbox, events and conversation.
    private static readonly string[] RecruiterKinds = ["inbox", "events", "conversation"];

    // The "{tenant}/{id}" keys that streams of these kinds are named for.
    private async Task<IReadOnlyList<string>> KeysOfAsync(string tenant, string[] kinds, CancellationToken cancellationToken)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            foreach (var key in await store.StreamKeysAsync($"{kind}/{tenant}/", cancellationToken))
            {
                keys.Add(key[(kind.Length + 1)..]);
            }
        }

        return [.. keys];
    }

    private static string? TenantOf(string streamKey) => streamKey.Split('/') is { Length: >= 2 } parts ? parts[1] : null;
}
