namespace Hiring.Contracts.Privacy;

/// <summary>
/// A candidate being erased, as the erasure tells each grain that may still hold them: their id and,
/// while their profile was still held, the full names and emails that name them in stored text. Each
/// grain removes or redacts what names them; a grain told again changes nothing more.
/// </summary>
/// <param name="CandidateId">The erased profile id.</param>
/// <param name="Names">The names their profiles had (empty when erased before: only the id is known then).</param>
/// <param name="Emails">The emails their profiles had.</param>
[GenerateSerializer, Immutable, Alias("hiring.privacy.erased-person")]
public sealed record ErasedPerson(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] IReadOnlyList<string> Names,
    [property: Id(2)] IReadOnlyList<string> Emails);
