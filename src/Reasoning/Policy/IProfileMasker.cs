using Hiring.Contracts.Talent;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Removes what evaluation must not see: name, photo, contact details, age and its proxies
/// (graduation and birth years), gender and other protected attributes. The result keeps the
/// profile's shape so evidence can still be quoted verbatim from it.
/// </summary>
public interface IProfileMasker
{
    CandidateProfile Mask(CandidateProfile profile);
}
