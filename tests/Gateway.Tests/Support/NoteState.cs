namespace Hiring.Gateway.Tests.Support;

[GenerateSerializer, Alias("hiring.tests.note-state")]
public sealed class NoteState
{
    [Id(0)]
    public string Text { get; set; } = "";
}
