using System.Text.Json;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Policy;

/// <summary>
/// The message policy tests a rule only on messages holding one of the words its pattern needs: it must
/// refuse exactly what testing every rule on every message refuses.
/// </summary>
public sealed class RulePrefilterTests
{
    private static readonly Lazy<IReadOnlyList<string>> DevMessages = new(() => ReadDevMessages("*"));
    private static readonly Lazy<IReadOnlyList<string>> PolicyMessages = new(() => ReadDevMessages("policy"));

    [Fact]
    public void ThePrefilteredScreenGivesTheSameVerdictsAsEveryRuleOnEveryDevMessage()
    {
        var rules = PolicyRuleSet.Load(PolicyResources.Prompts);
        var prefiltered = new MessagePolicy(rules, prefiltered: true);
        var everyRule = new MessagePolicy(rules, prefiltered: false);
        var refused = 0;
        // A fixed sample spread over the corpus: the test below proves on a larger one that no rule that matches is skipped,
        // which is what makes the two screens agree; this one checks the whole screen end to end (the full corpus screened
        // twice with every rule took two minutes of CI, and every fifth message a minute once the corpus passed 9,000).
        var sample = Spread(DevMessages.Value, 1100);

        foreach (var message in sample)
        {
            var expected = everyRule.Screen(message);
            var actual = prefiltered.Screen(message);

            Assert.Equal(expected.Remaining, actual.Remaining);
            Assert.Equal(expected.Findings, actual.Findings);
            refused += expected.Refused ? 1 : 0;
        }

        // The corpus is the eval's: thousands of messages, over a hundred of the sample refused.
        Assert.True(DevMessages.Value.Count > 5000, $"{DevMessages.Value.Count} dev messages");
        Assert.True(refused > 100, $"{refused} refused");
    }

    [Fact]
    public void EveryRuleThatMatchesADevMessageIsACandidateForIt()
    {
        var rules = PolicyRuleSet.Load(PolicyResources.Prompts);
        var reading = rules.Rules.Where(r => r.InMessages != MessageRuleMode.Never).ToList();
        var prefilter = new RulePrefilter([.. reading.Select(r => r.MessageWords)]);
        var candidates = new ulong[prefilter.Words];
        var matched = 0;

        // A fixed sample spread over the policy suite, whose cases are written to meet the rules, and one over the other
        // suites' (every rule on all 9,000 dev messages took nearly four minutes of a two-core CI run).
        var messages = Spread(PolicyMessages.Value, 1100).Concat(Spread([.. DevMessages.Value.Except(PolicyMessages.Value)], 800)).ToList();
        foreach (var message in messages)
        {
            var read = rules.Misspellings.Read(Leetspeak.Read(message));
            Array.Clear(candidates);
            prefilter.Candidates(read, candidates);
            for (var i = 0; i < reading.Count; i++)
            {
                if (reading[i].FirstMatchIn(read).Success)
                {
                    matched++;
                    Assert.True((candidates[i >> 6] & (1UL << (i & 63))) != 0, $"rule {i} ({reading[i].Attribute}) matches '{read}' but was skipped");
                }
            }
        }

        Assert.True(matched > 1000, $"{matched} matches");
    }

    [Fact]
    public void NearlyEveryRuleNeedsWordsSoMostAreSkipped()
    {
        var reading = PolicyRuleSet.Load(PolicyResources.Prompts).Rules.Where(r => r.InMessages != MessageRuleMode.Never).ToList();
        var prefilter = new RulePrefilter([.. reading.Select(r => r.MessageWords)]);
        var candidates = new ulong[prefilter.Words];

        prefilter.Candidates("thanks", candidates);

        Assert.True(reading.Count(r => r.MessageWords is null) <= reading.Count / 10, $"{reading.Count(r => r.MessageWords is null)} of {reading.Count} rules need no word");
        Assert.True(candidates.Sum(System.Numerics.BitOperations.PopCount) <= reading.Count / 5);
    }

    [Theory]
    [InlineData(@"\b(?:wo)?m[ae]n\b", "man|men")]
    [InlineData(@"\bpregnan(?:t|cy)\b", "pregnancy|pregnant")]
    [InlineData(@"(?<!\bnot\s)young(?=\s+people)", "young")]
    [InlineData(@"(?:only|just)\s+\w+\s+(?:females?|women)", "female|women")]
    [InlineData(@"age[ds]?\s+\d\d", "age")]
    [InlineData(@"(?-i:[A-Z])\w+ish\b", "ish")]
    [InlineData(@"over\s*\d{2,}|under\s*\d{2}", "over|under")]
    [InlineData(@"a{2}", "a")]
    [InlineData(@"\{x\}|y[-.]z", "y-z|y.z|{x}")]
    public void APatternNeedsTheWordsEveryMatchContains(string pattern, string words)
    {
        Assert.Equal(words.Split('|').Order(StringComparer.Ordinal), PatternLiterals.Of(pattern)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?:young)?\s*old|x?")]
    [InlineData(@"(?x) young ")]
    [InlineData(@"(?(young)old|new)")]
    [InlineData(@"[^a]+")]
    [InlineData(@"(unclosed")]
    public void APatternWithoutKnownWordsIsAlwaysTested(string pattern)
    {
        Assert.Null(PatternLiterals.Of(pattern));
    }

    [Theory]
    [InlineData("we want KIDS", true)]
    [InlineData("we want \u212Aids", true)] // the Kelvin sign, which a case-insensitive pattern reads as k
    [InlineData("we want bids", false)]
    public void ARuleIsACandidateWhenItsWordIsThereInAnyCase(string text, bool candidate)
    {
        var prefilter = new RulePrefilter([["kid"], null]);
        var rules = new ulong[prefilter.Words];

        prefilter.Candidates(text, rules);

        Assert.Equal(candidate, (rules[0] & 1) != 0);
        Assert.True((rules[0] & 2) != 0);
    }

    /// <summary>Every message and turn of the dev cases of the eval suites named by <paramref name="suites"/> ("*" for all).</summary>
    /// <summary>At most <paramref name="count"/> messages evenly spaced over the list: the same ones on every run, from every part of it.</summary>
    private static List<string> Spread(IReadOnlyList<string> messages, int count) =>
        messages.Count <= count ? [.. messages] : [.. Enumerable.Range(0, count).Select(i => messages[(int)((long)i * messages.Count / count)])];

    private static List<string> ReadDevMessages(string suites)
    {
        var messages = new List<string>();
        foreach (var file in Directory.EnumerateDirectories(CasesFolder(), suites).Select(d => Path.Combine(d, "dev.jsonl")).Where(File.Exists))
        {
            // As the harness reads cases: blank lines and "//" notes are not cases.
            foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)))
            {
                using var json = JsonDocument.Parse(line);
                Collect(json.RootElement, messages);
            }
        }

        return messages;
    }

    private static void Collect(JsonElement element, List<string> messages)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, messages);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "message" or "say" && property.Value.ValueKind == JsonValueKind.String)
                {
                    messages.Add(property.Value.GetString()!);
                }
                else
                {
                    Collect(property.Value, messages);
                }
            }
        }
    }

    private static string CasesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "evals", "cases");
            if (Directory.Exists(Path.Combine(candidate, "policy")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's evals/cases folder was not found.");
    }
}
