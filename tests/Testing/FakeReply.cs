namespace Hiring.Testing;

/// <summary>One scripted response of the fake OpenAI-compatible server.</summary>
public sealed record FakeReply(FakeReplyKind Kind, string? Content = null, IReadOnlyList<string>? Chunks = null, string? ToolName = null, int Status = 200, int? RetryAfterSeconds = null, int PromptTokens = 11, int CompletionTokens = 7)
{
    public static FakeReply Json(string content, int promptTokens = 11, int completionTokens = 7) => new(FakeReplyKind.Json, content, PromptTokens: promptTokens, CompletionTokens: completionTokens);

    public static FakeReply Stream(params string[] chunks) => new(FakeReplyKind.Stream, Chunks: chunks);

    /// <summary>Sends the chunks, then stalls mid-stream until the client gives up.</summary>
    public static FakeReply StreamThenHang(params string[] chunks) => new(FakeReplyKind.StreamThenHang, Chunks: chunks);

    /// <summary>A tool call; <paramref name="name"/> as Semantic Kernel names tools ("plugin-function").</summary>
    public static FakeReply ToolCall(string name, string argumentsJson) => new(FakeReplyKind.ToolCall, argumentsJson, ToolName: name);

    public static FakeReply Error(int status, int? retryAfterSeconds = null) => new(FakeReplyKind.Status, Status: status, RetryAfterSeconds: retryAfterSeconds);

    /// <summary>Never answers; the client's timeout ends the request.</summary>
    public static FakeReply Hang() => new(FakeReplyKind.Hang);
}
