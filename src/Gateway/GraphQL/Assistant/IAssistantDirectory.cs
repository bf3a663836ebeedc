using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Assistant;

/// <summary>Finds the assistant of the authenticated recruiter; the only way resolvers reach the supervisor.</summary>
public interface IAssistantDirectory
{
    IRecruiterAssistant For(RecruiterIdentity identity);
}
