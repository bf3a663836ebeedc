using Hiring.Contracts.Projects;
using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// What the client or employer is (its trade, its name in brackets) asks nothing of the candidate; a cue inside brackets speaks for
/// what the brackets hold; a must cue in the plural a list takes speaks for every item of the list.
/// </summary>
public sealed class HirerAndAsideTests
{
    [Theory]
    [InlineData("just signed a banking client in Charlotte, they want a business analyst with SQL", "banking", "sql")]
    [InlineData("Hiring a payroll officer for an insurance company in Hartford, ADP required", "insurance", "adp")]
    [InlineData("warehouse supervisor for a retail client (Tesco) in Leeds, SAP needed", "tesco", "sap")]
    [InlineData("Account manager for a client in the insurance sector, HubSpot required", "insurance", "hubspot")]
    [InlineData("Wij zoeken voor een klant in de retail een teamleider in Utrecht, SAP vereist", "retail", "sap")]
    public void TheHirersTradeOrNameIsNoRequirement(string text, string notOne, string skill)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();
        Assert.DoesNotContain(notOne, requirements);
        Assert.Contains(skill, requirements);
    }

    [Fact]
    public void TheCandidatesOwnBackgroundAtAKindOfCompanyStaysARequirement() =>
        Assert.Contains("saas", UnderstandingResources.Roles.Read("Account executive in Austin, 3+ years experience at a SaaS company, Salesforce required").Requirements.Select(r => r.Subject));

    [Fact]
    public void ACueInsideBracketsInALongSentenceSpeaksForWhatTheBracketsHold()
    {
        var requirements = UnderstandingResources.Roles.Read(
            "had a call this morning with the ops director of a new client in Antwerp - they want a customs declarant, 2+ years, Excel skills (preferably Kewill)").Requirements;
        Assert.Contains(requirements, r => r.Subject == "microsoft excel" && r.Kind == QualificationKind.MustHave);
        Assert.Contains(requirements, r => r.Subject == "kewill" && r.Kind == QualificationKind.NiceToHave);
    }

    [Theory]
    [InlineData("Cuoco a Verona, inglese e spagnolo obbligatori", "english", "spanish")]
    [InlineData("Barista a Trento, tedesco e inglese richiesti", "german", "english")]
    [InlineData("Commessa a Torino, francese e spagnolo obbligatorie", "french", "spanish")]
    public void APluralMustCueSpeaksForEveryItemOfItsList(string text, string first, string second)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements;
        Assert.Contains(requirements, r => r.Subject == first && r.Kind == QualificationKind.MustHave);
        Assert.Contains(requirements, r => r.Subject == second && r.Kind == QualificationKind.MustHave);
    }
}
