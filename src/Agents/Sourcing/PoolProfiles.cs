using Hiring.Agents.Talent.Search;
using Hiring.Contracts.Talent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Agents.Sourcing;

/// <summary>Reads found candidates' full profiles from the index the tenant may see (never another tenant's pool).</summary>
public sealed class PoolProfiles(LuceneTalentIndex index)
{
    private static readonly HashSet<string> ProfileField = [TalentFields.Profile];

    public IReadOnlyDictionary<string, CandidateProfile> Read(string? tenant, IEnumerable<FoundCandidate> candidates)
    {
        var profiles = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        using var lease = index.AcquireFor(tenant);
        if (lease is null)
        {
            return profiles;
        }

        foreach (var candidate in candidates)
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(TalentFields.Id, candidate.Id)), Occur.MUST },
                { new TermQuery(new Term(TalentFields.Pool, candidate.Pool)), Occur.MUST },
            };
            var found = lease.Searcher.Search(query, 1);
            if (found.ScoreDocs.Length > 0)
            {
                profiles[candidate.Id] = ProfileDocumentMapper.ReadProfile(lease.Searcher.Doc(found.ScoreDocs[0].Doc, ProfileField));
            }
        }

        return profiles;
    }
}
