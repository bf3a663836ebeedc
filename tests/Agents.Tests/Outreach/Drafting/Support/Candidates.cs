using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Outreach.Drafting.Support;

/// <summary>Candidates of several trades, and one whose profile says almost nothing.</summary>
internal static class Candidates
{
    public static readonly CandidateProfile Engineer = ProfileBuilder.Person("maria")
        .Named("Maria Lopez")
        .Headline("Backend engineer, payments")
        .LivesIn("Madrid", "", "ES")
        .Worked("Northwind Pay", "Senior Backend Engineer", new DateOnly(2021, 3, 1), null, "Migrated the payments platform to Kubernetes and cut deploy times in half. Wrote Go services that settle card payments.")
        .Worked("Fabrikam", "Backend Engineer", new DateOnly(2017, 6, 1), new DateOnly(2021, 2, 1), "Built billing APIs in Java.")
        .Skills("Go", "Kubernetes", "PostgreSQL")
        .Build();

    public static readonly CandidateProfile SalesRep = ProfileBuilder.Person("james")
        .Named("James O'Neill")
        .LivesIn("Dallas", "TX", "US")
        .Worked("Brightwave", "Account Executive", new DateOnly(2022, 1, 1), null, "Ran full-cycle sales for mid-market SaaS accounts. Closed $1.2M in new annual recurring revenue in 2024.")
        .Skills("Salesforce", "Negotiation", "Cold calling")
        .Build();

    public static readonly CandidateProfile Nurse = ProfileBuilder.Person("aisha")
        .Named("Aisha Khan")
        .LivesIn("Leeds", "", "GB")
        .Worked("St Mary's Hospital", "ICU Staff Nurse", new DateOnly(2019, 9, 1), null, "Cared for ventilated patients on a 20-bed unit. Trained new staff on sepsis protocols.")
        .Skills("Critical care", "BLS", "Patient assessment")
        .Build();

    public static readonly CandidateProfile Analyst = ProfileBuilder.Person("tomas")
        .Named("Dr. Tomás Ruiz")
        .LivesIn("London", "", "GB")
        .Worked("Contoso Bank", "Senior Financial Analyst", new DateOnly(2020, 2, 1), null, "Built the forecasting model in Excel for a $40M budget. Led monthly variance reporting to the CFO.")
        .Skills("Excel", "SQL", "Financial modelling")
        .Build();

    /// <summary>A name and a place: nothing to cite.</summary>
    public static readonly CandidateProfile Sparse = ProfileBuilder.Person("sam")
        .Named("Sam Taylor")
        .Build();
}
