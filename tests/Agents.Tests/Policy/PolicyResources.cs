using Hiring.Reasoning.Policy;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Tests.Policy;

/// <summary>The repository's policy, masking rules and policy replies, loaded once.</summary>
internal static class PolicyResources
{
    private static readonly Lazy<PromptLibrary> SharedPrompts = new(() => new PromptLibrary(RepositoryPrompts()));
    private static readonly Lazy<PolicyRuleSet> SharedRules = new(() => PolicyRuleSet.Load(Prompts));
    private static readonly Lazy<QualificationPolicy> SharedPolicy = new(() => new QualificationPolicy(SharedRules.Value));
    private static readonly Lazy<MessagePolicy> SharedMessages = new(() => new MessagePolicy(SharedRules.Value));
    private static readonly Lazy<PolicyReplies> SharedReplies = new(() => PolicyReplies.Load(Prompts));
    private static readonly Lazy<PiiMasker> SharedMasker = new(() => PiiMasker.Load(Prompts));

    public static PromptLibrary Prompts => SharedPrompts.Value;

    public static QualificationPolicy Policy => SharedPolicy.Value;

    public static MessagePolicy Messages => SharedMessages.Value;

    public static PolicyReplies Replies => SharedReplies.Value;

    public static PiiMasker Masker => SharedMasker.Value;

    /// <summary>The repository's prompts/ folder: the build copies only the taxonomy beside the tests, so the nearest prompts/ is not enough.</summary>
    private static string RepositoryPrompts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, PromptLibrary.FolderName);
            if (File.Exists(Path.Combine(candidate, "planner.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's prompts folder was not found.");
    }
}
