namespace Hiring.Storage;

/// <summary>One entry to append to a stream, for appends that span several streams in one transaction.</summary>
public readonly record struct LogAppend(string StreamKey, string Type, string Payload);
