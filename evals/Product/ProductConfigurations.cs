using Hiring.Evals.Core;
using Hiring.Reasoning.Configuration;
using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Product;

/// <summary>The product's configuration as the eval runs it: --engine builtin forces the built-in engine whatever is configured.</summary>
public static class ProductConfigurations
{
    public const string ProviderKey = ReasoningOptions.Section + ":Provider";

    public static IConfiguration For(EvalEngine engine, IConfiguration configuration)
    {
        if (engine == EvalEngine.Llm)
        {
            var provider = configuration[ProviderKey];
            if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, nameof(AiProvider.BuiltIn), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"--engine llm needs a model: set {ProviderKey} to OpenAI or AzureOpenAI and its settings (see docs/REASONING.md).");
            }

            return configuration;
        }

        return new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [ProviderKey] = nameof(AiProvider.BuiltIn) })
            .Build();
    }
}
