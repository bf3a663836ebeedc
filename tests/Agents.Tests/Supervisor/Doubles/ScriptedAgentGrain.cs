using Hiring.Agents.SubAgents;
using Hiring.Contracts.Projects;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>
/// Every sub-agent of the supervisor tests: the product's one sub-agent shape over
/// <see cref="ScriptedStep"/> handlers, so the supervisor meets real acceptance, reports and the
/// record of finished steps.
/// </summary>
public sealed class ScriptedAgentGrain([PersistentState("scripted", StorageNames.Hiring)] IPersistentState<ScriptedAgentState> state)
    : SubAgentGrain<ScriptedAgentState>(state, "scripted", ScriptedStep.ForEveryAction()), IScriptedAgent
{
    // Scripted steps never touch a project (and this test assembly has several IHiringProject grains).
    protected override IHiringProject Project => null!;
}
