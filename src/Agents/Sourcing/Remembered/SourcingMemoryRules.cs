using System.Text.RegularExpressions;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>The compiled rules of prompts/builtin/sourcing-memory.yaml; a bad pattern fails at load with its place in the file.</summary>
public sealed class SourcingMemoryRules
{
    private const string Word = @"[\p{L}\p{N}][\p{L}\p{N}&.'+-]*";
    private const string CapitalWord = @"(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}&.'+-]*";

    public SourcingMemoryRules(SourcingMemoryFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw new InvalidDataException($"{SourcingMemoryFile.FileName}: 'version' is required.");
        }

        var stop = $@"(?!(?:{string.Join('|', file.CompanyStopWords.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}'']))";
        var any = $@"(?:the\s+)?(?<company>{stop}{Word}(?:\s+{stop}{Word}){{0,3}})";
        var capital = $@"(?<company>{stop}{CapitalWord}(?:\s+{stop}{CapitalWord}){{0,3}})";
        string Companies(string pattern) => pattern.Replace("{company_any}", any, StringComparison.Ordinal).Replace("{company}", capital, StringComparison.Ordinal);

        Version = file.Version;
        ClauseBreaks = Compile(file.ClauseBreaks, "clause_breaks");
        Likes = [.. file.Likes.Select((p, i) => Compile(p, $"likes[{i}]"))];
        LikedBefore = [.. file.LikedBefore.Select((p, i) => Compile(p, $"liked_before[{i}]"))];
        Negations = file.Negations.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Filler = file.Filler.ToHashSet(StringComparer.OrdinalIgnoreCase);
        AvoidCompanies = [.. file.AvoidCompanies.Select((p, i) => Compile(Companies(p), $"avoid_companies[{i}]"))];
        NotCompanies = file.NotCompanies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Scopes = [.. file.Scopes.Select((p, i) => Compile(p, $"scopes[{i}]"))];
        PlaceOnlyScopes = [.. file.PlaceOnlyScopes.Select((p, i) => Compile(p, $"place_only_scopes[{i}]"))];
        ScopeFiller = file.ScopeFiller.ToHashSet(StringComparer.OrdinalIgnoreCase);
        AllRoles = Compile(file.AllRoles, "all_roles");
        Messages = file.Messages;
    }

    public string Version { get; }

    public Regex ClauseBreaks { get; }

    public IReadOnlyList<Regex> Likes { get; }

    public IReadOnlyList<Regex> LikedBefore { get; }

    public IReadOnlySet<string> Negations { get; }

    public IReadOnlySet<string> Filler { get; }

    public IReadOnlyList<Regex> AvoidCompanies { get; }

    public IReadOnlySet<string> NotCompanies { get; }

    public IReadOnlyList<Regex> Scopes { get; }

    public IReadOnlyList<Regex> PlaceOnlyScopes { get; }

    public IReadOnlySet<string> ScopeFiller { get; }

    public Regex AllRoles { get; }

    public IReadOnlyDictionary<string, string> Messages { get; }

    public static SourcingMemoryRules Load(PromptLibrary library) => new(BuiltInResource.Load<SourcingMemoryFile>(library, SourcingMemoryFile.FileName));

    /// <summary>A message of the file with its placeholders filled.</summary>
    public string Message(string key, params (string Name, string Value)[] values)
    {
        var text = Messages.TryGetValue(key, out var template) ? template : throw new InvalidDataException($"{SourcingMemoryFile.FileName}: message '{key}' is missing.");
        return Outreach.Placeholders.Fill(text, values);
    }

    private static Regex Compile(string pattern, string where)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{SourcingMemoryFile.FileName}: {where} is not a valid pattern: {ex.Message}", ex);
        }
    }
}
