using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Prompts;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>The repository's prompts and one MiniLM embedder, shared by every reasoning test (loading the model is costly).</summary>
internal static class TestResources
{
    private static readonly Lazy<MiniLmEmbedder> SharedEmbedder = new(() => new MiniLmEmbedder());
    private static readonly Lazy<PromptLibrary> SharedPrompts = new(() => new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
    private static readonly Lazy<IntentCatalog> SharedCatalog = new(() => IntentCatalog.Load(Prompts));
    private static readonly Lazy<IntentClassifier> SharedClassifier = new(() => new IntentClassifier(Catalog, Embedder, Slots));
    private static readonly Lazy<BuiltInPlanner> SharedPlanner = new(() => new BuiltInPlanner(Catalog, Classifier, Slots, Tests.Support.UnderstandingResources.Resolver, Tests.Support.UnderstandingResources.Dialogue));

    public static ITextEmbedder Embedder => SharedEmbedder.Value;

    public static PromptLibrary Prompts => SharedPrompts.Value;

    public static IntentCatalog Catalog => SharedCatalog.Value;

    public static SlotExtractor Slots => Tests.Support.UnderstandingResources.Slots;

    /// <summary>Embeds the exemplars once for every test.</summary>
    public static IntentClassifier Classifier => SharedClassifier.Value;

    public static BuiltInPlanner Planner => SharedPlanner.Value;

    public static BuiltInFaqAnswerer FaqAnswerer() => new(FaqResourceFile.Load(Prompts), Embedder);
}
