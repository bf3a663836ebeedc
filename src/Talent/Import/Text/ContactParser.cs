using System.Text.RegularExpressions;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import.Text;

/// <summary>Reads the top of a resume: name, headline, email, phone and where the person lives.</summary>
public static partial class ContactParser
{
    private static readonly char[] PartSeparators = ['|', '·', '•', '\t'];

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    public static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^(?:location|address|based in)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocationLabel();

    [GeneratedRegex(@"^\p{L}[\p{L} .'-]*(?:,\s*\p{L}[\p{L} .'-]*){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();

    public static (string Name, string Headline, Location? Location, string? Email, string? Phone) Parse(IReadOnlyList<string> header, string fullText)
    {
        var email = EmailPattern().Match(fullText) is { Success: true } e ? e.Value : null;
        string? phone = null;
        Location? location = null;
        var plain = new List<string>();
        foreach (var line in header)
        {
            // A contact line may also carry the headline: "Product Manager · Toronto, Canada".
            var rest = new List<string>();
            foreach (var raw in line.Split(PartSeparators))
            {
                var part = raw.Trim();
                if (part.Length == 0 || EmailPattern().IsMatch(part) || part.Contains("://", StringComparison.Ordinal) || part.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (PhonePattern().Match(part) is { Success: true } p && p.Value.Count(char.IsDigit) >= 8)
                {
                    phone ??= p.Value.Trim();
                }
                else if (LocationLabel().IsMatch(part) || (line.IndexOfAny(PartSeparators) >= 0 && PlacePattern().IsMatch(part)))
                {
                    location ??= Place(LocationLabel().Replace(part, string.Empty));
                }
                else
                {
                    rest.Add(part);
                }
            }

            if (rest.Count > 0)
            {
                plain.Add(string.Join(" · ", rest));
            }
        }

        var name = plain.FirstOrDefault(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6) ?? string.Empty;
        var headline = plain.SkipWhile(l => l != name).Skip(1).FirstOrDefault() ?? string.Empty;
        return (name, headline, location, email, phone);
    }

    private static Location Place(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => new Location(parts[0], string.Empty, string.Empty),
            2 => new Location(parts[0], string.Empty, parts[1]),
            _ => new Location(parts[0], parts[1], parts[^1]),
        };
    }
}
