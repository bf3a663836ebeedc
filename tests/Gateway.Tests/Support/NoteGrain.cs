using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Gateway.Tests.Support;

public sealed class NoteGrain([PersistentState("note", StorageNames.Hiring)] IPersistentState<NoteState> state) : Grain, INoteGrain
{
    public Task<string> Read() => Task.FromResult(state.State.Text);

    public async Task Write(string text)
    {
        state.State.Text = text;
        await state.WriteStateAsync();
    }
}
