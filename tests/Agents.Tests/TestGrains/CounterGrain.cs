using Hiring.Agents.Persistence;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class CounterGrain([PersistentState("counter", Storage.Hiring)] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public Task<int> Get() => Task.FromResult(state.State.Value);

    public async Task Set(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }
}
