using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Memory;

/// <summary>
/// A recruiter's kept memories (key: tenant/recruiter): facts, preferences, decisions and episodes with
/// their provenance. Each call is one atomic change or read, so the memory agent's steps, the app's memory
/// page and the planner never see a half-made change; a forgotten memory is removed from the state, not
/// hidden, and is never recalled again. Refuses calls from another tenant (see <see cref="ITenantScoped"/>).
/// </summary>
[Alias("hiring.memory.recruiter-memory")]
public interface IRecruiterMemory : IGrainWithStringKey, ITenantScoped
{
    /// <summary>Keeps the drafts: a near repeat of a kept memory refreshes it, a correction replaces the one it most resembles. Returns what was kept.</summary>
    Task<IReadOnlyList<RememberedMemory>> Remember(IReadOnlyList<MemoryDraft> drafts);

    /// <summary>The memories that answer a question, best first (all of them, newest first, when the question names no subject).</summary>
    Task<IReadOnlyList<RecalledMemory>> Recall(string question, int max);

    /// <summary>Every memory ranked against the words, however little alike (for a request that names a memory in other words: "forget the currency matter").</summary>
    Task<IReadOnlyList<RecalledMemory>> Rank(string text, int max);

    /// <summary>Every kept memory, newest first.</summary>
    Task<IReadOnlyList<MemoryEntry>> List();

    /// <summary>Forgets the memories with these ids; returns those forgotten (unknown ids are ignored).</summary>
    Task<IReadOnlyList<MemoryEntry>> Forget(IReadOnlyList<string> ids);

    /// <summary>Forgets every memory; returns how many there were.</summary>
    Task<int> ForgetAll();

    /// <summary>Rewrites a memory's text (the recruiter's correction on the memory page); null when the id is unknown.</summary>
    Task<MemoryEntry?> Correct(string id, string text);
}
