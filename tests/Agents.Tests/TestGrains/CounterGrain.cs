using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class CounterGrain([PersistentState("counter", StorageNames.Hiring)] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public Task<int> Get() => Task.FromResult(state.State.Value);

    public async Task Set(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }
}
