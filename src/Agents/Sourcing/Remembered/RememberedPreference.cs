using System.Globalization;
using Hiring.Contracts.Memory;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>A kept memory a search follows, and what it follows of it.</summary>
/// <param name="Memory">The memory, with its provenance.</param>
/// <param name="Skills">Canonical skills that rank candidates up.</param>
/// <param name="Companies">Companies whose current employees are left out, as the recruiter wrote them.</param>
/// <param name="Said">The memory as a search tells it: "on 2 Dec: \"Our Berlin HM loves Terraform\"".</param>
public sealed record RememberedPreference(MemoryEntry Memory, IReadOnlyList<string> Skills, IReadOnlyList<string> Companies, string Said = "")
{
    /// <summary>When the recruiter said it (or last corrected it): "2 Dec".</summary>
    public string When => (Memory.UpdatedAt ?? Memory.At).ToString("d MMM", CultureInfo.InvariantCulture);
}
