using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>
/// Three or more capitalized words the vocabulary does not know, side by side, are one name. Three such words once made the
/// request reader fail with an index out of range (the middle word was joined to the first, then taken as the start of a name
/// of its own), so the plain request the eval's approvals case 099 opens with got no plan at all.
/// </summary>
public sealed class ProductNameRunTests
{
    [Theory]
    [InlineData("solar installers x4, Austin TX. OSHA 10 required, NABCEP PV Associate nice to have", "nabcep pv associate")]
    [InlineData("fleet coordinator in Leeds, Trimble Pulse Pro a plus", "trimble pulse pro")]
    public void ARunOfUnknownCapitalizedWordsIsOneName(string text, string name)
    {
        var requirements = UnderstandingResources.Roles.Read(text).Requirements;

        Assert.True(requirements.Any(r => r.Subject == name), string.Join(" | ", requirements.Select(r => r.Subject)));
    }
}
