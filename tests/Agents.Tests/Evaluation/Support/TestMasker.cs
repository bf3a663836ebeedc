using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>Stands in for the policy feature's masker: blanks name, email and phone, and counts what it masked.</summary>
internal sealed class TestMasker : IProfileMasker
{
    private int _masked;

    public int Masked => _masked;

    public CandidateProfile Mask(CandidateProfile profile)
    {
        Interlocked.Increment(ref _masked);
        return profile with { Name = "", Email = null, Phone = null };
    }
}
