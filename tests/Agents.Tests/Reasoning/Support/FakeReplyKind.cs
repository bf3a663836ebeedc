namespace Hiring.Agents.Tests.Reasoning.Support;

internal enum FakeReplyKind
{
    Json,
    Stream,
    StreamThenHang,
    ToolCall,
    Status,
    Hang,
}
