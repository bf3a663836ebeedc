using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Memory;

/// <summary>
/// The memory agent of a recruiter (key: tenant/recruiter): the one sub-agent shape over remember,
/// recall and forget. The memories themselves live in <see cref="RecruiterMemoryGrain"/> of the same
/// key, whose every call is one atomic change, so a step never races the app's memory page.
/// </summary>
public sealed class CognitiveMemoryGrain(
    [PersistentState(CognitiveMemoryGrain.StateName, StorageNames.Hiring)] IPersistentState<PlaceholderState> state,
    RememberStep remember,
    RecallStep recall,
    ForgetStep forget) : SubAgentGrain<PlaceholderState>(state, "memory", [remember, recall, forget]), ICognitiveMemory
{
    public const string StateName = "memory";
}
