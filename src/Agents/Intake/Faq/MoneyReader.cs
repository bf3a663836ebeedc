using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake.Faq;

/// <summary>
/// Finds money in text with the currencies, multipliers, bounds and range words of
/// prompts/builtin/intake-faq.yaml. An amount with a currency is always money; a bare "90k" or
/// "70,000" only where the text is about pay (the caller says so), since "10k users" is not; a bare
/// "2015" never is.
/// </summary>
public sealed class MoneyReader
{
    private const int BareThousands = 1000;
    private static readonly string[] FirstAmountGroups = ["n1", "m1", "d1"];
    private readonly Regex _pattern;
    private readonly Dictionary<string, decimal> _multipliers;
    private readonly HashSet<string> _notMoney;

    public MoneyReader(FaqDraftRules rules)
    {
        _multipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (suffix, factor) in rules.Multipliers)
        {
            _multipliers[suffix] = (decimal)factor;
        }

        _notMoney = new HashSet<string>(rules.NotMoney.Select(Compact), StringComparer.OrdinalIgnoreCase);
        var currency = Alternation(rules.Currencies);
        var multiplier = Alternation(_multipliers.Keys);
        var bounds = Alternation(rules.Bounds).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        var separators = string.Join('|', rules.RangeSeparators.OrderByDescending(s => s.Length).Select(s => char.IsLetter(s[0]) ? $@"\s+{Regex.Escape(s)}\s+" : $@"\s*{Regex.Escape(s)}\s*"));
        string Amount(int n) =>
            $@"(?:(?<c{n}>{currency})\s?)?(?<n{n}>\d{{1,3}}(?:[,.'’\u00a0\u202f]\d{{3}})+(?!\d)|\d+(?:[.,]\d{{1,2}})?)(?:\s?(?<m{n}>{multiplier})(?![\w]))?(?:\s?(?<d{n}>{currency})(?![A-Za-z]))?";
        _pattern = new Regex(
            $@"(?<![\w.,])(?:(?<bound>{bounds})\s+)?{Amount(1)}(?:(?:{separators}){Amount(2)})?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            RegexLimit.Time);
    }

    /// <summary>The money mentioned in <paramref name="text"/>; with <paramref name="aboutPay"/>, bare amounts ("90k", "70,000") count too.</summary>
    public IReadOnlyList<MoneyMention> Read(string text, bool aboutPay)
    {
        var found = new List<MoneyMention>();
        foreach (Match match in _pattern.Matches(text))
        {
            if (Read(match, aboutPay) is { } mention)
            {
                found.Add(mention);
            }
        }

        return found;
    }

    private MoneyMention? Read(Match match, bool aboutPay)
    {
        var first = Amount(match, 1);
        if (first is null || _notMoney.Contains(Compact(match.Groups["n1"].Value + match.Groups["m1"].Value)))
        {
            return null;
        }

        var second = Amount(match, 2);
        var shared = match.Groups["m1"].Success || second is null ? 1 : second.Value.Multiplier;
        var low = first.Value.Value * shared;
        var range = second is { } high && high.Value > low;
        var currency = match.Groups["c1"].Success || match.Groups["d1"].Success || (range && (match.Groups["c2"].Success || match.Groups["d2"].Success));
        var multiplied = first.Value.Multiplier > 1 || (range && second!.Value.Multiplier > 1);
        // A bare number is pay only when written with thousands separators ("70,000"): "2015" is a year.
        var large = Grouped(match, 1) && (low >= BareThousands || (range && second!.Value.Value >= BareThousands));
        if (!currency && !(aboutPay && (multiplied || large)))
        {
            return null;
        }

        var end = range ? match.Index + match.Length : EndOfFirst(match);
        var text = match.Value[..(end - match.Index)].TrimEnd();
        return new MoneyMention(text, match.Index, range ? [low, second!.Value.Value] : [low]);
    }

    private (decimal Value, decimal Multiplier)? Amount(Match match, int n)
    {
        var number = match.Groups[$"n{n}"];
        if (!number.Success)
        {
            return null;
        }

        var multiplier = match.Groups[$"m{n}"] is { Success: true } m && _multipliers.TryGetValue(m.Value, out var factor) ? factor : 1;
        return (Number(number.Value) * multiplier, multiplier);
    }

    private static bool Grouped(Match match, int n) => match.Groups[$"n{n}"].Value.Any(c => !char.IsDigit(c));

    private static int EndOfFirst(Match match) =>
        FirstAmountGroups.Select(g => match.Groups[g]).Where(g => g.Success).Max(g => g.Index + g.Length);

    // "120,000" and "120.000" are thousands; "85.5" and "85,5" are decimals.
    private static decimal Number(string text)
    {
        var digits = new string([.. text.Where(char.IsDigit)]);
        var separators = text.Count(c => !char.IsDigit(c));
        if (separators == 1 && text.Length - 1 - text.LastIndexOfAny(['.', ',']) is 1 or 2)
        {
            return decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        return decimal.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static string Alternation(IEnumerable<string> values) =>
        string.Join('|', values.OrderByDescending(v => v.Length).Select(Regex.Escape));

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
