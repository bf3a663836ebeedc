using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Identity;

/// <summary>
/// Who may call a tenant-scoped grain: a call carrying the grain's tenant, or a call from the runtime
/// itself (a reminder tick, a stream delivery), which carries none. Everything else is refused with the
/// answer an unknown id gets, so a probe learns nothing.
/// </summary>
public static class TenantRule
{
    /// <summary>True when a call carrying <paramref name="caller"/> may reach the grain keyed <paramref name="grainKey"/> (UTF-8, as Orleans keeps it).</summary>
    public static bool Admits(string? caller, ReadOnlySpan<byte> grainKey, bool fromRuntime) =>
        caller is null ? fromRuntime : GrainKeys.IsTenantOfGrain(grainKey, caller);

    /// <summary>The refusal: the same code and message as an unknown id.</summary>
    public static AssistantRefusalException Refusal() => new(RefusalCodes.NotFound, "Not found.");
}
