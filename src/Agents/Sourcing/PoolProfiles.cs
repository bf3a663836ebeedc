using Hiring.Contracts.Talent;
using Hiring.Talent.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>Reads found candidates' full profiles from the index the tenant may see (never another tenant's pool).</summary>
public sealed class PoolProfiles(LuceneTalentIndex index)
{
    private static readonly HashSet<string> ProfileField = [TalentFields.Profile];

    public IReadOnlyDictionary<string, CandidateProfile> Read(string? tenant, IEnumerable<FoundCandidate> candidates) =>
        Read(tenant, candidates.Select(c => (c.Id, (string?)c.Pool)));

    /// <summary>Profiles by id alone, from whichever pool the tenant may see holds them.</summary>
    public IReadOnlyDictionary<string, CandidateProfile> Read(string? tenant, IEnumerable<string> ids) =>
        Read(tenant, ids.Select(id => (id, (string?)null)));

    private Dictionary<string, CandidateProfile> Read(string? tenant, IEnumerable<(string Id, string? Pool)> wanted)
    {
        var profiles = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        using var lease = index.AcquireFor(tenant);
        if (lease is null)
        {
            return profiles;
        }

        foreach (var (id, pool) in wanted)
        {
            var query = new BooleanQuery { { new TermQuery(new Term(TalentFields.Id, id)), Occur.MUST } };
            if (pool is not null)
            {
                query.Add(new TermQuery(new Term(TalentFields.Pool, pool)), Occur.MUST);
            }

            var found = lease.Searcher.Search(query, 1);
            if (found.ScoreDocs.Length > 0)
            {
                profiles[id] = ProfileDocumentMapper.ReadProfile(lease.Searcher.Doc(found.ScoreDocs[0].Doc, ProfileField));
            }
        }

        return profiles;
    }
}
