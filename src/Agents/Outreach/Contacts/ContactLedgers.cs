using Hiring.Agents.Outreach.Channels;
using Hiring.Storage;

namespace Hiring.Agents.Outreach.Contacts;

/// <summary>
/// Opens a tenant's contact ledger and the sender over it. A ledger is read fresh for each step (it
/// is not thread-safe and every project's outreach agent of the tenant appends to the same log).
/// </summary>
public sealed class ContactLedgers(ILogStore store, TimeProvider time, IEnumerable<IOutreachChannel> channels, ICandidateAddressBook addresses, LinkSigner links)
{
    public Task<ContactLedger> OpenAsync(string tenant, CancellationToken cancellationToken = default) =>
        ContactLedger.LoadAsync(tenant, store, time, cancellationToken);

    public OutreachSender SenderFor(ContactLedger ledger) => new(ledger, channels, addresses, links);
}
