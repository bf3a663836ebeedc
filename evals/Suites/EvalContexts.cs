using Hiring.Reasoning.Tasks;

namespace Hiring.Evals.Suites;

/// <summary>Who the eval's reasoning calls are for, so usage and degraded notices name the eval.</summary>
public static class EvalContexts
{
    public const string Tenant = "eval";

    public static ReasoningContext Reasoning(string suite) => new(Tenant, $"{Tenant}/{suite}");
}
