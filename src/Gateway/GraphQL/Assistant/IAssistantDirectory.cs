using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Assistant;

/// <summary>
/// Finds the supervisor of the authenticated recruiter; the only way resolvers reach it. The key
/// comes from the principal; the tenant travels with the call from <see cref="RecruiterIdentity.Scope"/>.
/// </summary>
public interface IAssistantDirectory
{
    IRecruiterSupervisor For(RecruiterIdentity identity);
}
