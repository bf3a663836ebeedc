using Hiring.Agents.Outreach.Channels;
using Hiring.Talent;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>Candidates' addresses from their profiles: the tenant's own pool first, then the public one.</summary>
public sealed class ProfileAddressBook(IProfileStore profiles) : ICandidateAddressBook
{
    public async Task<CandidateContact?> FindAsync(string tenant, string candidateId, CancellationToken cancellationToken = default)
    {
        var found = await profiles.GetManyAsync([TalentPoolScope.Private(tenant), TalentPoolScope.Public], [candidateId], cancellationToken);
        return found.TryGetValue(candidateId, out var profile) ? new CandidateContact(profile.Id, profile.Name, profile.Email) : null;
    }
}
