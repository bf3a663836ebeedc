using Hiring.Agents.Identity;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>
/// Which of the project owner's kept memories a search follows. A memory counts when it bears on the
/// role: it shares a word of the role's title or place (relevance, as intake reads it), it names the
/// role's kind or place ("for backend roles", "our Berlin HM"), or it says it holds for every role; a
/// company to avoid holds for every role unless it names another. A memory that names another role or
/// place never counts, nor one the qualification policy refuses, nor a company filter it refuses.
/// </summary>
public sealed class RoleMemories(IRecruiterMemories memories, SourcingMemoryReader reader, SourcingMemoryRules rules, IQualificationPolicy policy, TalentTaxonomy taxonomy, Gazetteer gazetteer)
{
    /// <summary>At or above this relevance a memory bears on the role (a word of its title or place shared, not merely alike).</summary>
    public const double Relevance = 0.6;

    /// <summary>The memories of the project's owner a search of the spec follows; none when the owner is of another tenant.</summary>
    public async Task<RememberedPreferences> ForAsync(string? owner, string projectKey, JobSpec spec)
    {
        if (owner is null || GrainKeys.TenantOf(owner) != GrainKeys.TenantOf(projectKey))
        {
            return RememberedPreferences.None;
        }

        return Follow(await memories.AboutRole(owner, RoleWords(spec)), spec);
    }

    /// <summary>The role's words a memory is ranked against: its title and places.</summary>
    public static string RoleWords(JobSpec spec) => $"{spec.Title} {string.Join(' ', spec.Locations)}".Trim();

    public RememberedPreferences Follow(IReadOnlyList<RecalledMemory> recalled, JobSpec spec)
    {
        var followed = new List<RememberedPreference>();
        foreach (var memory in recalled.Where(r => r.Entry.Kind is MemoryKind.Preference or MemoryKind.Fact).OrderBy(r => r.Entry.At))
        {
            var reading = reader.Read(memory.Entry.Text);
            if (!reading.Actionable || !policy.Check(memory.Entry.Text).Allowed || (reading.Scoped && !Matches(reading, spec)))
            {
                continue;
            }

            var bears = reading.Scoped || reading.AllRoles || memory.Relevance >= Relevance;
            var skills = bears ? reading.Skills : [];
            var companies = reading.Companies.Where(c => policy.Check(rules.Message("avoid_filter", ("company", c))).Allowed).ToList();
            if (skills.Count > 0 || companies.Count > 0)
            {
                var entry = new RememberedPreference(memory.Entry, skills, companies);
                followed.Add(entry with { Said = rules.Message("memory", ("when", entry.When), ("text", memory.Entry.Text)) });
            }
        }

        return followed.Count == 0 ? RememberedPreferences.None : new RememberedPreferences(followed, rules.Message("kept_in_mind"));
    }

    /// <summary>The role is of the kind and in the place the memory names (each that it names).</summary>
    private bool Matches(MemoryReading reading, JobSpec spec)
    {
        var title = Words($"{spec.Title} {spec.NormalizedTitle} {taxonomy.TitleFamily(spec.NormalizedTitle)}");
        var roleMatches = reading.Roles.Count == 0 || reading.Roles.Any(r => Words(r).IsSubsetOf(title));
        return roleMatches && (reading.Places.Count == 0 || reading.Places.Any(p => InPlace(p, spec)));
    }

    private bool InPlace(string place, JobSpec spec)
    {
        var name = place.Trim();
        var country = gazetteer.FindCountry(name)?.Code;
        return spec.Locations.Any(l => Words(l).IsSupersetOf(Words(name)))
            || (spec.Places ?? []).Concat(spec.RemoteWithin ?? []).Any(p =>
                string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Region, name, StringComparison.OrdinalIgnoreCase)
                || (p.Members ?? []).Contains(name, StringComparer.OrdinalIgnoreCase)
                || (country is not null && p.CountryCode == country));
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
