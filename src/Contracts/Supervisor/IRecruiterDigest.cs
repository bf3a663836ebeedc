using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Supervisor;

/// <summary>
/// Where a recruiter last dismissed the digest of what happened while they were away (key:
/// tenant/recruiter): an event sequence of their stream, kept on the server so every device of the
/// recruiter shows the same digest. Refuses calls from another tenant (see <see cref="ITenantScoped"/>).
/// </summary>
[Alias("hiring.supervisor.recruiter-digest")]
public interface IRecruiterDigest : IGrainWithStringKey, ITenantScoped
{
    /// <summary>The last event sequence the digest was dismissed at; null when it never was.</summary>
    Task<long?> SeenThrough();

    /// <summary>
    /// Marks the digest seen through <paramref name="sequence"/>. The mark only moves forward (a page
    /// left open since yesterday cannot bring back what another device dismissed); returns the mark.
    /// </summary>
    Task<long> MarkSeen(long sequence);
}
