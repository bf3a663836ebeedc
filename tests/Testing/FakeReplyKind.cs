namespace Hiring.Testing;

public enum FakeReplyKind
{
    Json,
    Stream,
    StreamThenHang,
    ToolCall,
    Status,
    Hang,
}
