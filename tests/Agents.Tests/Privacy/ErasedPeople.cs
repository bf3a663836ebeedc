using Hiring.Agents.Privacy;
using Hiring.Contracts.Privacy;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>The person erased in the redaction tests (Anouk), and another candidate who stays (Bodhi).</summary>
internal static class ErasedPeople
{
    public const string Anouk = "em-ana";
    public const string Bodhi = "em-bo";
    public const string AnoukEmail = "anouk.lindqvist@example.com";

    public static ErasedPerson Person { get; } = new(Anouk, ["Anouk Lindqvist"], [AnoukEmail]);

    public static CandidateMentions Mentions { get; } = new(Person);

    public static PlanRedaction Redaction { get; } = new(Mentions);

    /// <summary>True when the text still says anything of Anouk: her id, her email, her name or any part of it.</summary>
    public static bool NamesAnouk(string text) =>
        Mentions.In(text) || text.Contains("Anouk", StringComparison.OrdinalIgnoreCase) || text.Contains("Lindqvist", StringComparison.OrdinalIgnoreCase);
}
