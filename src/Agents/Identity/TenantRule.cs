using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Identity;

/// <summary>
/// Who may call a tenant-scoped grain: a call carrying the grain's tenant, or a call from the runtime
/// itself (a reminder tick, a stream delivery), which carries none. Everything else is refused with the
/// answer an unknown id gets, so a probe learns nothing.
/// </summary>
public static class TenantRule
{
    /// <summary>True when a call carrying <paramref name="caller"/> may reach a grain of <paramref name="owner"/>.</summary>
    public static bool Admits(string? caller, string owner, bool fromRuntime) =>
        caller is null ? fromRuntime : string.Equals(caller, owner, StringComparison.Ordinal);

    /// <summary>The refusal: the same code and message as an unknown id.</summary>
    public static AssistantRefusalException Refusal() => new(RefusalCodes.NotFound, "Not found.");
}
