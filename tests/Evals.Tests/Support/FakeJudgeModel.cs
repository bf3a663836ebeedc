using Hiring.Evals.Judges.Llm;
using Microsoft.Extensions.Configuration;

namespace Hiring.Evals.Tests.Support;

/// <summary>The LLM judges as <c>hiring eval --judge llm</c> makes them from the product's configuration, on the fake OpenAI-compatible server.</summary>
public static class FakeJudgeModel
{
    public static LlmJudges Judges(FakeOpenAIServer server, string cacheDirectory) => LlmJudges.FromConfiguration(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hiring:Ai:Provider"] = "OpenAI",
            ["Hiring:Ai:OpenAI:BaseUrl"] = new Uri(server.Address, "v1").ToString(),
            ["Hiring:Ai:OpenAI:ApiKey"] = "test-key",
            ["Hiring:Ai:OpenAI:Models:Reasoning"] = "judge-model",
            ["Hiring:Ai:Calls:MaxRetries"] = "1",
            ["Hiring:Ai:Calls:RetryDelay"] = "00:00:00.010",
        }).Build(),
        cacheDirectory);
}
