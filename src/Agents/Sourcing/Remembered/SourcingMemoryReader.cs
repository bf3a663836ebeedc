using System.Text.RegularExpressions;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>
/// Reads a kept memory into what sourcing can act on, with the rules of
/// prompts/builtin/sourcing-memory.yaml: a skill someone likes when the liking names nothing but skills
/// ("loves Terraform", "prefers candidates with Go"), a company to avoid when the memory says not to
/// source from it by name ("never source from Acme"), and the roles and places the memory is about.
/// Anything it cannot read plainly it leaves alone.
/// </summary>
public sealed partial class SourcingMemoryReader(SourcingMemoryRules rules, TalentTaxonomy taxonomy, Gazetteer gazetteer)
{
    public MemoryReading Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MemoryReading.Nothing;
        }

        text = text.Replace('’', '\'');
        var skills = rules.ClauseBreaks.Split(text).SelectMany(LikedSkills).Distinct(StringComparer.Ordinal).ToList();
        var companies = Companies(text);
        var (places, roles) = Scopes(text, companies);
        return new MemoryReading(skills, companies, places, roles, rules.AllRoles.IsMatch(text));
    }

    /// <summary>The skills a liking of the clause names, when it names nothing else.</summary>
    private IEnumerable<string> LikedSkills(string clause)
    {
        foreach (var like in rules.Likes.SelectMany(p => p.Matches(clause)))
        {
            if (!Negated(clause, like.Index))
            {
                foreach (var skill in SkillsAlone(clause[(like.Index + like.Length)..]))
                {
                    yield return skill;
                }
            }
        }

        foreach (var liked in rules.LikedBefore.SelectMany(p => p.Matches(clause)))
        {
            if (!Negated(clause, liked.Index))
            {
                foreach (var skill in SkillsAlone(clause[..liked.Index]))
                {
                    yield return skill;
                }
            }
        }
    }

    /// <summary>The skills written in the words when, besides the roles and places they are about (or "all my roles"), nothing but filler stands around them.</summary>
    private IReadOnlyList<string> SkillsAlone(string words)
    {
        words = rules.Scopes.Concat(rules.PlaceOnlyScopes).Append(rules.AllRoles).Aggregate(words, (w, p) => p.Replace(w, " "));
        var found = taxonomy.SkillsIn(words);
        if (found.Count == 0)
        {
            return [];
        }

        var rest = words.ToCharArray();
        foreach (var (_, start, length) in found)
        {
            Array.Fill(rest, ' ', start, length);
        }

        return WordPattern().Matches(new string(rest)).All(w => rules.Filler.Contains(w.Value))
            ? [.. found.Select(f => f.Skill).Distinct(StringComparer.Ordinal)]
            : [];
    }

    private bool Negated(string clause, int at) =>
        WordPattern().Matches(clause[..at]).TakeLast(3).Any(w => rules.Negations.Contains(w.Value));

    private List<string> Companies(string text)
    {
        var companies = new List<string>();
        foreach (var match in rules.AvoidCompanies.SelectMany(p => p.Matches(text)))
        {
            var name = match.Groups["company"].Value.Trim().TrimEnd('.', ',', '\'');
            if (name.EndsWith("'s", StringComparison.Ordinal))
            {
                name = name[..^2];
            }

            if (name.Length > 0 && IsCompany(name) && !companies.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                companies.Add(name);
            }
        }

        return companies;
    }

    /// <summary>A name, not a kind of company ("competitors"), a skill ("avoid Java") or a place.</summary>
    private bool IsCompany(string name)
    {
        if (rules.NotCompanies.Contains(name) || rules.NotCompanies.Contains(name.Split(' ')[^1]))
        {
            return false;
        }

        var skills = taxonomy.SkillsIn(name);
        return !(skills.Count == 1 && skills[0].Length == name.Length) && !IsPlace(name);
    }

    private (List<string> Places, List<string> Roles) Scopes(string text, List<string> companies)
    {
        var places = new List<string>();
        var roles = new List<string>();
        void Add(string scope, bool placeOnly)
        {
            if (companies.Any(c => c.Contains(scope, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            if (IsPlace(scope))
            {
                places.Add(scope);
                return;
            }

            var words = WordPattern().Matches(scope.ToLowerInvariant()).Select(m => m.Value).Where(w => !rules.ScopeFiller.Contains(w)).ToList();
            if (!placeOnly && words.Count > 0)
            {
                roles.Add(string.Join(' ', words));
            }
        }

        foreach (var match in rules.Scopes.SelectMany(p => p.Matches(text)))
        {
            Add(match.Groups["scope"].Value, placeOnly: false);
        }

        foreach (var match in rules.PlaceOnlyScopes.SelectMany(p => p.Matches(text)))
        {
            Add(match.Groups["scope"].Value, placeOnly: true);
        }

        return ([.. places.Distinct(StringComparer.OrdinalIgnoreCase)], [.. roles.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A place written as one (with a capital) that the gazetteer knows, and not only as a skill ("Spring").</summary>
    private bool IsPlace(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) && gazetteer.Lookup(name) is { } place && place.Ambiguity != Ambiguity.Skill;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'+#-]*")]
    private static partial Regex WordPattern();
}
