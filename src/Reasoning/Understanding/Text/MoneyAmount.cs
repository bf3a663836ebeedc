using System.Text.RegularExpressions;

namespace Hiring.Reasoning.Understanding.Text;

/// <summary>"R600k", "$120k", "€80,000", "90k": an amount of pay, never a skill or a technical term.</summary>
public static partial class MoneyAmount
{
    public static bool Is(string written) => Amount().IsMatch(written);

    [GeneratedRegex(@"^(?:[$€£¥₹R]|usd|eur|gbp|chf|zar|aud|cad)?\d[\d.,]*(?:k|m|mn|bn)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
