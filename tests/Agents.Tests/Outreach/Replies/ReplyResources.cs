using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Tests.Policy;

namespace Hiring.Agents.Tests.Outreach.Replies;

/// <summary>The repository's rules for candidates' replies, and the classifier over them, loaded once.</summary>
internal static class ReplyResources
{
    private static readonly Lazy<ReplyRules> SharedRules = new(() => ReplyRules.Load(PolicyResources.Prompts));
    private static readonly Lazy<ReplyClassifier> SharedClassifier = new(() => new ReplyClassifier(Rules));

    public static ReplyRules Rules => SharedRules.Value;

    public static ReplyClassifier Classifier => SharedClassifier.Value;
}
