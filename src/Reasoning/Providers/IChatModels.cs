using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Providers;

/// <summary>The configured model per tier.</summary>
public interface IChatModels
{
    ModelEndpoint For(ModelTier tier);
}
