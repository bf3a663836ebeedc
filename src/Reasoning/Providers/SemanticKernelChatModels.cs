using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Hiring.Reasoning.Providers;

/// <summary>Semantic Kernel's OpenAI and Azure OpenAI connectors over the resilient model HttpClient, one per tier.</summary>
public sealed class SemanticKernelChatModels(IOptions<ReasoningOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggerFactory) : IChatModels
{
    // OpenAI-compatible local servers often need no key, but the OpenAI client refuses an empty one.
    private const string NoKey = "none";

    private readonly ConcurrentDictionary<ModelTier, ModelEndpoint> _endpoints = new();

    public ModelEndpoint For(ModelTier tier) => _endpoints.GetOrAdd(tier, Create);

    private static OpenAIClient OpenAIClientFor(OpenAIProviderOptions openAI, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(openAI.BaseUrl!),
            OrganizationId = openAI.Organization,
            Transport = new HttpClientPipelineTransport(http),

            // Retries and timeouts belong to the HttpClient's resilience handler; the SDK's own would multiply them.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        return new OpenAIClient(new ApiKeyCredential(openAI.ApiKey is { Length: > 0 } key ? key : NoKey), clientOptions);
    }

    private ModelEndpoint Create(ModelTier tier)
    {
        var settings = options.Value;
        var http = httpClients.CreateClient(ModelHttp.ClientName);
        switch (settings.Provider)
        {
            case AiProvider.OpenAI:
                var model = settings.OpenAI.Models.For(tier);
                var openAI = new OpenAIChatCompletionService(model, OpenAIClientFor(settings.OpenAI, http), loggerFactory);
                return new ModelEndpoint(openAI, model, AiProvider.OpenAI);
            case AiProvider.AzureOpenAI:
                var deployment = settings.AzureOpenAI.Deployments.For(tier);
                var azure = new AzureOpenAIChatCompletionService(
                    deployment,
                    settings.AzureOpenAI.Endpoint!,
                    settings.AzureOpenAI.ApiKey!,
                    modelId: null,
                    http,
                    loggerFactory,
                    settings.AzureOpenAI.ApiVersion is { Length: > 0 } version ? version : null);
                return new ModelEndpoint(azure, deployment, AiProvider.AzureOpenAI);
            default:
                throw new InvalidOperationException($"{ReasoningOptions.Section}:Provider is {settings.Provider}: no model is configured.");
        }
    }
}
