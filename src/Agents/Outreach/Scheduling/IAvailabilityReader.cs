using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>Reads a recruiter's availability where it is kept (the recruiter's supervisor).</summary>
public interface IAvailabilityReader
{
    /// <summary>The availability of the recruiter (tenant/recruiter), or null when none is set.</summary>
    Task<RecruiterAvailability?> ReadAsync(string recruiter);
}
