using System.Security.Cryptography;
using System.Text;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>
/// The stable id of an imported person, so importing them again updates instead of duplicating.
/// With an email: "em-" + hash of the trimmed, lower-case email. Without one: "nm-" + hash of
/// the folded name, the company of the earliest role and the earliest school (folded: lower
/// case, accents and punctuation removed). See README.md in this folder.
/// </summary>
public static class ProfileIdentity
{
    public static string IdFor(CandidateProfile draft)
    {
        if (!string.IsNullOrWhiteSpace(draft.Email))
        {
            return "em-" + Hash("email:" + draft.Email.Trim().ToLowerInvariant());
        }

        var firstEmployer = draft.Experiences.OrderBy(e => e.Start).Select(e => e.Company).FirstOrDefault();
        var firstSchool = draft.Education.OrderBy(e => e.StartYear ?? e.EndYear ?? int.MaxValue).Select(e => e.School).FirstOrDefault();
        return "nm-" + Hash($"name:{TextFolding.Fold(draft.Name)}|{TextFolding.Fold(firstEmployer)}|{TextFolding.Fold(firstSchool)}");
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
