using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>
/// Finds years of experience ("5+ yrs", "3-5 years" → 3, "at least three years", "a decade") and
/// whether a link word ties them to what follows ("4 years of Spring Boot"); the caller decides
/// whether what follows is a skill.
/// </summary>
public sealed class YearsReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private readonly Regex[] _patterns;
    private readonly Regex _link;
    private readonly Dictionary<string, int> _numberWords;
    private readonly Regex _wordsAsDigits;

    // Number words of other languages this short are everyday words elsewhere ("do", "sei", "tre"): never read as digits outside years.
    private const int DigitWordLength = 4;

    public YearsReader(RequestRulesFile rules)
    {
        var abroad = rules.NumberWordsAbroad.Values.SelectMany(language => language).ToList();
        _numberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in rules.NumberWords.Concat(rules.SpokenNumberWords).Concat(abroad))
        {
            _numberWords.TryAdd(word, value);
        }

        var words = Alternation(rules.NumberWords.Keys);
        var number = $@"(?<![\p{{L}}\p{{N}}.])(?<number>\d{{1,2}}(?:\.\d)?|{words})";
        // A range's top may be written in words too ("three to five years"): only the lower bound is read.
        var upper = $@"(?<upper>\d{{1,2}}|{words})";
        // "mínimo cinco años", "drei Jahre": before a word of years in another language, that language's number words count too.
        var wordsAbroad = Alternation(rules.NumberWords.Keys.Concat(abroad.Select(w => w.Key)));
        var numberAbroad = $@"(?<![\p{{L}}\p{{N}}.])(?<number>\d{{1,2}}(?:\.\d)?|(?:{wordsAbroad})(?![\p{{L}}\p{{N}}]))";
        var upperAbroad = $@"(?<upper>\d{{1,2}}|(?:{wordsAbroad})(?![\p{{L}}\p{{N}}]))";
        // "one" is no count where it stands for a thing ("actually that one is fine").
        var asDigits = rules.NumberWords.Concat(abroad.Where(w => w.Key.Length >= DigitWordLength)).Where(w => w.Value > 1).Select(w => w.Key);
        _wordsAsDigits = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(asDigits)})(?![\p{{L}}\p{{N}}])", Options, RegexLimit.Time);
        // "at least for years" as dictated: a word that sounds like a number, where nothing but a count can stand.
        var spoken = $@"(?<![\p{{L}}\p{{N}}])(?<number>{string.Join('|', rules.SpokenNumberWords.Keys.Select(Regex.Escape).DefaultIfEmpty("(?!)"))})";
        _patterns = [.. rules.YearsPatterns.Select(p => new Regex(
            p.Replace("{number_abroad}", numberAbroad, StringComparison.Ordinal).Replace("{upper_abroad}", upperAbroad, StringComparison.Ordinal)
                .Replace("{number}", number, StringComparison.Ordinal).Replace("{upper}", upper, StringComparison.Ordinal).Replace("{spoken}", spoken, StringComparison.Ordinal),
            Options, RegexLimit.Time))];
        var links = string.Join('|', rules.YearsSkillLinks.OrderByDescending(l => l.Length).Select(Regex.Escape));
        _link = new Regex($@"\G[\s']*(?:(?:of|professional|relevant|work(?:ing)?|hands-on|commercial|industry)\s+)*(?:experience\s+|exp\.?\s+)?(?:{links})\s+", Options);
    }

    /// <summary>
    /// "seven zyada hai, make it four", "8 is too many, let's say 6": the years <paramref name="current"/>, named back as too many or
    /// as enough, and what replaces them; number words count as their digits. Null when the message does not name them back.
    /// </summary>
    public int? Restated(string message, int? current) =>
        current is null ? null : YearsRestated.NewValue(_wordsAsDigits.Replace(message, m => _numberWords[m.Value].ToString(CultureInfo.InvariantCulture)), current);

    public IReadOnlyList<YearsMention> Find(string text)
    {
        var found = new List<YearsMention>();
        foreach (var pattern in _patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (found.Exists(f => match.Index < f.End && f.Start < match.Index + match.Length) || Value(match.Groups["number"].Value) is not { } years)
                {
                    continue;
                }

                var link = _link.Match(text, match.Index + match.Length);
                found.Add(new YearsMention(years, match.Index, match.Length, link.Success ? link.Index + link.Length : -1));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(k => k.Length).Select(Regex.Escape));

    private int? Value(string written)
    {
        if (double.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 0 and <= 50 ? (int)Math.Floor(number) : null;
        }

        return _numberWords.TryGetValue(written.Trim(), out var word) ? word : null;
    }
}
