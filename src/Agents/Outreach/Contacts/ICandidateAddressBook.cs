using Hiring.Agents.Outreach.Channels;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>Finds who a candidate id names, and how to reach them, within a tenant.</summary>
public interface ICandidateAddressBook
{
    /// <summary>The candidate's name and address, or null when no pool the tenant sees holds the id.</summary>
    Task<CandidateContact?> FindAsync(string tenant, string candidateId, CancellationToken cancellationToken = default);
}
