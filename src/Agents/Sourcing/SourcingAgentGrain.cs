using Hiring.Agents.Identity;
using Hiring.Agents.Persistence;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// The sourcing agent of one project (key: tenant/project): a durable shell around
/// <see cref="SourcingAgent"/> that applies each step once per idempotency key.
/// </summary>
public sealed class SourcingAgentGrain(
    [PersistentState("sourcing", StorageNames.Hiring)] IPersistentState<SourcingState> state,
    IServiceProvider services) : Grain, ISourcingAgent
{
    public async Task<StepOutcome> Execute(StepCommand command)
    {
        var key = this.GetPrimaryKeyString();
        TenantContext.EnsureSameTenant(key);
        if (state.State.Applied.TryGetValue(command.IdempotencyKey, out var earlier))
        {
            return earlier;
        }

        // A silo wired without the talent index and AddSourcing refuses clearly rather than failing activation.
        var agent = services.GetService<SourcingAgent>()
            ?? throw new AssistantRefusalException(RefusalCodes.NotAvailable, $"Sourcing is not available in this deployment yet, so I can't '{command.Action}'.");
        var project = GrainFactory.GetGrain<IHiringProject>(key);
        StepOutcome outcome;
        try
        {
            outcome = await agent.ExecuteAsync(command, key, project, state.State);
        }
        catch
        {
            // A refused or failed step leaves no half-applied change in memory.
            await state.ReadStateAsync();
            throw;
        }

        state.State.Applied[command.IdempotencyKey] = outcome;
        await state.WriteStateAsync();
        return outcome;
    }
}
