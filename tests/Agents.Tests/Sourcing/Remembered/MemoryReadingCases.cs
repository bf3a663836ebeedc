namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>
/// What a kept memory says to sourcing, written before the rules: <see cref="Dev"/> is what the rules
/// were built on; <see cref="HeldOut"/> was written at the same time and never tuned on (its figure is
/// the honest one). Skills are canonical; "-" is none. Places and roles are the scope the memory names.
/// </summary>
public static class MemoryReadingCases
{
    public sealed record Case(string Text, string Skills, string Companies, string Places = "-", string Roles = "-");

    public static IReadOnlyList<Case> Dev { get; } =
    [
        new("For backend roles I like people who know Rust", "rust", "-", Roles: "backend"),
        new("Our Berlin HM loves Terraform", "terraform", "-", Places: "Berlin"),
        new("Jana really values Kubernetes experience", "kubernetes", "-"),
        new("The Munich hiring manager prefers candidates with Go", "go", "-", Places: "Munich"),
        new("Always rank up people with Kafka on data engineer roles", "kafka", "-", Roles: "data engineer"),
        new("Our CTO is big on TypeScript", "typescript", "-"),
        new("For all my roles, GraphQL is a big plus", "graphql", "-"),
        new("The client swears by PostgreSQL", "postgresql", "-"),
        new("Our Berlin HM hates job hoppers", "-", "-", Places: "Berlin"),
        new("The HM doesn't like Java people", "-", "-"),
        new("Jana is the HM for the data roles", "-", "-", Roles: "data"),
        new("Always send shortlists as a sheet", "-", "-"),
        new("Never source from Acme, they're our client", "-", "Acme"),
        new("Don't poach from Globex", "-", "Globex"),
        new("Initech is a client, so never approach their people", "-", "Initech"),
        new("Avoid candidates currently at Hooli", "-", "Hooli"),
        new("Stay away from people at Umbrella Corp", "-", "Umbrella Corp"),
        new("Never source from our clients", "-", "-"),
        new("No one from Vandelay Industries for the Berlin roles", "-", "Vandelay Industries", Places: "Berlin"),
        new("never source from acme", "-", "acme"),
    ];

    public static IReadOnlyList<Case> HeldOut { get; } =
    [
        new("For frontend reqs the HM is really keen on React", "react", "-", Roles: "frontend"),
        new("Our Paris team lead is a huge fan of Python", "python", "-", Places: "Paris"),
        new("Hands off Initrode, they're a partner", "-", "Initrode"),
        new("Please never headhunt anyone from Soylent", "-", "Soylent"),
        new("The hiring manager hates Java", "-", "-"),
        new("Jana prefers Monday interviews", "-", "-"),
        new("Our data HM appreciates dbt experience", "dbt", "-", Roles: "data"),
        new("We must not recruit from Cyberdyne Systems.", "-", "Cyberdyne Systems"),
        new("In London the HM likes candidates who know Scala", "scala", "-", Places: "London"),
        new("Don't source candidates from competitors", "-", "-"),
        new("Keep Massive Dynamic off-limits for sourcing", "-", "Massive Dynamic"),
        new("The Lisbon HM wants strong SQL skills", "sql", "-", Places: "Lisbon"),
    ];
}
