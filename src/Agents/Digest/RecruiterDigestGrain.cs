using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Digest;

/// <summary>Where a recruiter last dismissed the digest (key: tenant/recruiter); written before the call returns.</summary>
public sealed class RecruiterDigestGrain(
    [PersistentState(RecruiterDigestGrain.StateName, StorageNames.Hiring)] IPersistentState<DigestMarkState> state) : Grain, IRecruiterDigest
{
    public const string StateName = "recruiter-digest";

    public Task<long?> SeenThrough() => Task.FromResult(state.State.SeenThrough);

    public async Task<long> MarkSeen(long sequence)
    {
        if (sequence < 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "The digest is marked seen through an event of the recruiter's stream.");
        }

        if (state.State.SeenThrough is not { } seen || sequence > seen)
        {
            state.State.SeenThrough = sequence;
            await state.WriteStateAsync();
        }

        return state.State.SeenThrough.Value;
    }
}
