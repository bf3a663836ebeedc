namespace Hiring.Agents.Tests.Reasoning.Support;

internal enum FakeReplyKind
{
    Json,
    Stream,
    ToolCall,
    Status,
    Hang,
}
