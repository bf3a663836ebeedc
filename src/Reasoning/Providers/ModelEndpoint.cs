using Hiring.Reasoning.Configuration;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Reasoning.Providers;

/// <summary>The chat service behind one tier, with the model or deployment name recorded in provenance.</summary>
public sealed record ModelEndpoint(IChatCompletionService Service, string Model, AiProvider Provider);
