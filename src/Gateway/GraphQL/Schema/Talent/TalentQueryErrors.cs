using GraphQL;
using Hiring.Contracts.Supervisor;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Schema.Talent;

/// <summary>A malformed talent query is the caller's mistake: its message (with the position) goes back as BAD_USER_INPUT.</summary>
public static class TalentQueryErrors
{
    public static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (TalentQuerySyntaxException e)
        {
            throw new ExecutionError(e.Message) { Code = RefusalCodes.Invalid };
        }
    }
}
