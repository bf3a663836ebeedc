using Hiring.Contracts.Memory;
using Hiring.Reasoning.Embeddings;
using Hiring.Storage;

namespace Hiring.Agents.Memory;

/// <summary>A recruiter's kept memories (key: tenant/recruiter), a durable shell over <see cref="MemoryBook"/>: every change is written before the call returns.</summary>
public sealed class RecruiterMemoryGrain(
    [PersistentState(RecruiterMemoryGrain.StateName, StorageNames.Hiring)] IPersistentState<MemoryBookState> state,
    TimeProvider clock,
    ITextEmbedder embedder,
    MemoryWords words,
    MemoryQuestionReader questions,
    ProtectedNotes screened) : Grain, IRecruiterMemory
{
    public const string StateName = "recruiter-memory";

    private MemoryBook Book => new(state.State, clock, words, texts => embedder.Embed(texts));

    public async Task<IReadOnlyList<RememberedMemory>> Remember(IReadOnlyList<MemoryDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
        {
            return [];
        }

        var kept = Book.Remember(drafts);
        await state.WriteStateAsync();
        return kept;
    }

    /// <summary>The memories that answer the question; never one that says someone's protected attribute, though it was kept before it was screened.</summary>
    public Task<IReadOnlyList<RecalledMemory>> Recall(string question, int max) =>
        Task.FromResult<IReadOnlyList<RecalledMemory>>([.. Book.Recall(questions.Read(question ?? "", clock.GetUtcNow()), Math.Clamp(max, 1, 50)).Where(r => !screened.About(r.Entry.Text))]);

    public Task<IReadOnlyList<RecalledMemory>> Rank(string text, int max) =>
        Task.FromResult(Book.Rank(questions.Read(text ?? ""), Math.Clamp(max, 1, 50)));

    public Task<IReadOnlyList<MemoryEntry>> List() => Task.FromResult(Book.List());

    public async Task<IReadOnlyList<MemoryEntry>> Forget(IReadOnlyList<string> ids)
    {
        var gone = Book.Forget([.. ids ?? []]);
        if (gone.Count > 0)
        {
            await state.WriteStateAsync();
        }

        return gone;
    }

    public async Task<int> ForgetAll()
    {
        var count = Book.ForgetAll();
        if (count > 0)
        {
            await state.WriteStateAsync();
        }

        return count;
    }

    public async Task<MemoryEntry?> Correct(string id, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A memory needs words.", nameof(text));
        }

        var entry = Book.Correct(id, text.Trim());
        if (entry is not null)
        {
            await state.WriteStateAsync();
        }

        return entry;
    }
}
