using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>An address book that knows the candidates given and no one else.</summary>
internal sealed class StaticAddressBook(params CandidateContact[] contacts) : ICandidateAddressBook
{
    public Task<CandidateContact?> FindAsync(string tenant, string candidateId, CancellationToken cancellationToken = default) =>
        Task.FromResult(contacts.FirstOrDefault(c => c.CandidateId == candidateId));
}
