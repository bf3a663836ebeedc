using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Hiring.Testing;

/// <summary>
/// A small OpenAI-compatible chat completions server on 127.0.0.1 and a free port, speaking the
/// OpenAI route (/v1/chat/completions) and the Azure one (/openai/deployments/{deployment}/chat/completions).
/// It answers from a script and records what it was sent. One per test class.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Script(params FakeReply[] replies)
    {
        _script.Clear();
        _requests.Clear();
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", HandleAsync);
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Path,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body.RootElement.Clone()));
        var model = body.RootElement.TryGetProperty("model", out var m) ? m.GetString() ?? "fake" : "fake";

        if (!_script.TryDequeue(out var reply))
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("""{"error":{"message":"the script is empty"}}""");
            return;
        }

        switch (reply.Kind)
        {
            case FakeReplyKind.Json:
                await WriteJsonAsync(context, Completion(model, new JsonObject { ["role"] = "assistant", ["content"] = reply.Content }, "stop", reply));
                break;
            case FakeReplyKind.ToolCall:
                var call = new JsonObject { ["id"] = "call_1", ["type"] = "function", ["function"] = new JsonObject { ["name"] = reply.ToolName, ["arguments"] = reply.Content } };
                await WriteJsonAsync(context, Completion(model, new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(call) }, "tool_calls", reply));
                break;
            case FakeReplyKind.Stream:
                await StreamAsync(context, model, reply);
                break;
            case FakeReplyKind.Status:
                context.Response.StatusCode = reply.Status;
                if (reply.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await WriteJsonAsync(context, new JsonObject { ["error"] = new JsonObject { ["message"] = $"scripted {reply.Status}", ["type"] = "scripted" } }, reply.Status);
                break;
            case FakeReplyKind.StreamThenHang:
                context.Response.ContentType = "text/event-stream";
                foreach (var chunk in reply.Chunks ?? [])
                {
                    await SendEventAsync(context, Chunk(model, new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = chunk }, ["finish_reason"] = null })));
                }

                await HangAsync(context);
                break;
            case FakeReplyKind.Hang:
                await HangAsync(context);
                break;
        }
    }

    private static async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what a hang test waits for.
        }
    }

    private static JsonObject Completion(string model, JsonObject message, string finishReason, FakeReply reply) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = Usage(reply),
    };

    private static JsonObject Usage(FakeReply reply) => new()
    {
        ["prompt_tokens"] = reply.PromptTokens,
        ["completion_tokens"] = reply.CompletionTokens,
        ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
    };

    private static async Task WriteJsonAsync(HttpContext context, JsonObject json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
    }

    private static async Task StreamAsync(HttpContext context, string model, FakeReply reply)
    {
        context.Response.ContentType = "text/event-stream";
        var chunks = reply.Chunks ?? [];
        for (var i = 0; i < chunks.Count; i++)
        {
            var delta = new JsonObject { ["content"] = chunks[i] };
            if (i == 0)
            {
                delta["role"] = "assistant";
            }

            await SendEventAsync(context, Chunk(model, new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null })));
        }

        await SendEventAsync(context, Chunk(model, new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = "stop" })));
        var usage = Chunk(model, []);
        usage["usage"] = Usage(reply);
        await SendEventAsync(context, usage);
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static JsonObject Chunk(string model, JsonArray choices) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_764_000_000,
        ["model"] = model,
        ["choices"] = choices,
    };

    private static async Task SendEventAsync(HttpContext context, JsonObject data)
    {
        await context.Response.WriteAsync($"data: {data.ToJsonString()}\n\n");
        await context.Response.Body.FlushAsync();
    }
}
