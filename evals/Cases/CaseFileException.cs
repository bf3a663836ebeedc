namespace Hiring.Evals.Cases;

/// <summary>A case file that cannot be read: the message names the file, the line and the JSON error.</summary>
public sealed class CaseFileException(string message, Exception? inner = null) : Exception(message, inner);
