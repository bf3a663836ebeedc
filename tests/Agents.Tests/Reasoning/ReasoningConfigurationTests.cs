using Hiring.Agents.Hosting;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Reasoning;

public sealed class ReasoningConfigurationTests
{
    [Theory]
    [InlineData("OpenAI", "Hiring:Ai:OpenAI:BaseUrl is required when Hiring:Ai:Provider is OpenAI")]
    [InlineData("OpenAI", "Hiring:Ai:OpenAI:Models:Reasoning is required when Hiring:Ai:Provider is OpenAI")]
    [InlineData("AzureOpenAI", "Hiring:Ai:AzureOpenAI:Endpoint is required when Hiring:Ai:Provider is AzureOpenAI")]
    [InlineData("AzureOpenAI", "Hiring:Ai:AzureOpenAI:Deployments:Reasoning is required when Hiring:Ai:Provider is AzureOpenAI")]
    public async Task AMisconfiguredProviderFailsAtStartUpNamingTheMissingSetting(string provider, string message)
    {
        using var host = Host(new() { ["Hiring:Ai:Provider"] = provider });

        var failures = await StartUpFailuresAsync(host);

        Assert.Contains(message, failures);
        Assert.Equal(failures.Count, failures.Distinct().Count());
    }

    [Fact]
    public async Task AnAzureKeyIsTakenFromTheEnvironmentStyleSettingWhenNotConfigured()
    {
        using var host = Host(new()
        {
            ["Hiring:Ai:Provider"] = "AzureOpenAI",
            ["Hiring:Ai:AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["Hiring:Ai:AzureOpenAI:Deployments:Reasoning"] = "gpt",
            ["AZURE_OPENAI_API_KEY"] = "from-env",
        });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task AnEndpointThatIsNotAUrlIsRefused()
    {
        using var host = Host(new()
        {
            ["Hiring:Ai:Provider"] = "OpenAI",
            ["Hiring:Ai:OpenAI:BaseUrl"] = "localhost:11434",
            ["Hiring:Ai:OpenAI:Models:Reasoning"] = "llama",
        });

        Assert.Contains("Hiring:Ai:OpenAI:BaseUrl must be an absolute http(s) URL (got \"localhost:11434\")", await StartUpFailuresAsync(host));
    }

    [Fact]
    public async Task TimeoutsThatCannotWorkTogetherAreRefused()
    {
        using var host = Host(new()
        {
            ["Hiring:Ai:Provider"] = "OpenAI",
            ["Hiring:Ai:OpenAI:BaseUrl"] = "http://localhost:11434/v1",
            ["Hiring:Ai:OpenAI:Models:Reasoning"] = "llama",
            ["Hiring:Ai:Calls:CallTimeout"] = "00:01:00",
            ["Hiring:Ai:Calls:TotalTimeout"] = "00:00:30",
        });

        Assert.Contains("Hiring:Ai:Calls:TotalTimeout must be longer than Hiring:Ai:Calls:CallTimeout", await StartUpFailuresAsync(host));
    }

    [Fact]
    public async Task WithNoSettingsTheBuiltInEngineAnswersWithoutANetwork()
    {
        using var host = Host([]);
        await host.StartAsync();

        var planner = host.Services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();

        Assert.IsType<BuiltInPlanner>(planner);
        await host.StopAsync();
    }

    /// <summary>
    /// A missing setting is reported once; timeouts that cannot work are also refused by the
    /// resilience handler's own validation, so the host then reports both inside an AggregateException.
    /// </summary>
    private static async Task<IReadOnlyList<string>> StartUpFailuresAsync(IHost host)
    {
        var error = await Record.ExceptionAsync(() => host.StartAsync());
        var validations = error switch
        {
            OptionsValidationException single => [single],
            AggregateException many => many.Flatten().InnerExceptions.OfType<OptionsValidationException>().ToList(),
            _ => [],
        };
        Assert.NotEmpty(validations);
        return [.. validations.SelectMany(v => v.Failures)];
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        settings[PromptLibrary.PathSetting] = TestResources.Prompts.Root;
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TestResources.Embedder);
        builder.Services.AddSingleton(TestResources.Classifier);
        builder.Services.AddHiringReasoning(builder.Configuration);
        return builder.Build();
    }
}
