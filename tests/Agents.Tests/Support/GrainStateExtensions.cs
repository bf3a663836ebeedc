using Hiring.Agents.Tests.TestGrains;

namespace Hiring.Agents.Tests.Support;

public static class GrainStateExtensions
{
    public static GrainState<CounterState> With(this GrainState<CounterState> state, int value)
    {
        state.State ??= new CounterState();
        state.State.Value = value;
        return state;
    }
}
