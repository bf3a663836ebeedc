using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Policy;

/// <summary>Loading the policy files: what stops the load, and fragments naming fragments.</summary>
public sealed class PolicyRulesLoadTests
{
    [Fact]
    public void ARuleFileWithoutPreferencesCannotScreenMessages()
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = "young" }] }],
        };

        var error = Assert.Throws<InvalidDataException>(() => new MessagePolicy(new PolicyRuleSet(file)));

        Assert.Contains("preferences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownFragmentStopsTheLoadWithWhereItIs()
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = "%nobody% young" }] }],
        };

        var error = Assert.Throws<InvalidDataException>(() => new PolicyRuleSet(file));

        Assert.Contains("attribute 'age', rule 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("%nobody%", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sometimes", "term")]
    [InlineData("always", "sentence")]
    public void AnUnknownMessageModeOrScopeStopsTheLoad(string mode, string scope)
    {
        var file = new PolicyRulesFile
        {
            Version = "1",
            Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = "young", Message = mode, Scope = scope }] }],
        };

        Assert.Throws<InvalidDataException>(() => new PolicyRuleSet(file));
    }

    [Fact]
    public void RepliesWithoutATemplateStopTheLoad()
    {
        var file = new PolicyMessagesFile { Version = "1", Messages = new() { ["finding"] = "{phrase}" } };

        var error = Assert.Throws<InvalidDataException>(() => new PolicyReplies(file));

        Assert.Contains("rewording", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFragmentMayNameAnotherFragment()
    {
        var rules = new PolicyRuleSet(RulesWith(new() { ["older"] = "older|%elderly%", ["elderly"] = "elderly" }, "%older%"));

        var verdict = new QualificationPolicy(rules).Check("No elderly staff");

        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void AFragmentThatNamesItselfStopsTheLoad()
    {
        var error = Assert.Throws<InvalidDataException>(() => new PolicyRuleSet(RulesWith(new() { ["loop"] = "a|%loop%" }, "%loop%")));

        Assert.Contains("nests fragments", error.Message, StringComparison.Ordinal);
    }

    private static PolicyRulesFile RulesWith(Dictionary<string, string> fragments, string match) => new()
    {
        Version = "1",
        Fragments = fragments,
        Attributes = [new PolicyAttributeEntry { Attribute = "age", Reason = "r", Rules = [new PolicyRuleEntry { Match = match }] }],
    };
}
