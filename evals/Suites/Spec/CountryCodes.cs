using System.Collections.Frozen;
using System.Globalization;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Spec;

/// <summary>ISO 3166-1 alpha-2 codes by English (and native) country name, from .NET's region data, plus the usual short forms.</summary>
public static class CountryCodes
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The code of a country written as a code ("DE") or a name ("Germany", "UK"), else null.</summary>
    public static string? Of(string text)
    {
        var folded = TextFolding.Fold(text);
        return folded.Length == 0 ? null : ByName.GetValueOrDefault(folded);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName.ToUpperInvariant();
            if (code.Length != 2 || !char.IsLetter(code[0]))
            {
                continue;
            }

            names.TryAdd(TextFolding.Fold(code), code);
            names.TryAdd(TextFolding.Fold(region.EnglishName), code);
            names.TryAdd(TextFolding.Fold(region.NativeName), code);
        }

        foreach (var (alias, code) in new[]
        {
            ("uk", "GB"), ("united kingdom", "GB"), ("great britain", "GB"), ("england", "GB"), ("scotland", "GB"), ("wales", "GB"),
            ("usa", "US"), ("united states", "US"), ("united states of america", "US"), ("america", "US"),
            ("holland", "NL"), ("the netherlands", "NL"), ("uae", "AE"), ("czechia", "CZ"), ("czech republic", "CZ"),
        })
        {
            names[alias] = code;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
