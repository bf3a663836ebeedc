using Hiring.Contracts.Memory;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>The recruiter's memory as sourcing reads it, behind a port so the reading is tested without a cluster.</summary>
public interface IRecruiterMemories
{
    /// <summary>Every memory of the recruiter (tenant/recruiter), each with how well it bears on the role's words (0 when it does not).</summary>
    Task<IReadOnlyList<RecalledMemory>> AboutRole(string recruiterKey, string role);
}
