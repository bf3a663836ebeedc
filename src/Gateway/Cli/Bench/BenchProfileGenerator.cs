using Hiring.Contracts.Talent;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Simple, deterministic profiles for the search benchmark when no seeded pool is at hand: ten
/// role families with their titles and skills, 300 companies, 40 cities, dated careers.
/// </summary>
public sealed class BenchProfileGenerator(int seed = 42)
{
    private static readonly (string[] Titles, string[] Skills)[] Families =
    [
        (["Software Engineer", "Backend Engineer", "Frontend Engineer", "Full Stack Engineer", "Site Reliability Engineer", "Engineering Manager"],
         ["Go", "Java", "Python", "Kubernetes", "AWS", "PostgreSQL", "React", "TypeScript", "JavaScript", "C#", ".NET", "Docker", "Terraform", "Kafka", "Distributed Systems", "Microservices", "gRPC", "Rust", "C++", "Node.js"]),
        (["Data Scientist", "Data Engineer", "Machine Learning Engineer", "Data Analyst"],
         ["Python", "SQL", "Machine Learning", "Spark", "Pandas", "TensorFlow", "PyTorch", "Statistics", "Airflow", "Tableau", "Deep Learning", "NLP"]),
        (["Product Designer", "UX Designer", "UI Designer", "Design Lead"],
         ["Figma", "User Research", "Prototyping", "Sketch", "Design Systems", "UI Design", "UX"]),
        (["Product Manager", "Product Owner", "Group Product Manager"],
         ["Roadmapping", "Agile", "Scrum", "Jira", "A/B Testing", "Analytics", "Stakeholder Management"]),
        (["Account Executive", "Sales Development Representative", "Sales Manager"],
         ["Salesforce", "CRM", "Negotiation", "Cold Calling", "HubSpot", "B2B Sales"]),
        (["Marketing Manager", "Content Marketer", "Growth Marketer", "SEO Specialist"],
         ["SEO", "Content Marketing", "Google Analytics", "Social Media", "Copywriting", "HubSpot"]),
        (["Financial Analyst", "Accountant", "Controller"],
         ["Excel", "Financial Modeling", "Accounting", "SAP", "Budgeting", "Valuation"]),
        (["HR Business Partner", "Recruiter", "Talent Acquisition Partner"],
         ["Recruiting", "Employee Relations", "Workday", "Onboarding", "Compensation"]),
        (["Operations Manager", "Supply Chain Analyst", "Project Manager"],
         ["Logistics", "Lean", "Six Sigma", "Project Management", "ERP"]),
        (["Registered Nurse", "Physician", "Pharmacist", "Physical Therapist"],
         ["Patient Care", "Critical Care", "Pharmacology", "EMR", "Phlebotomy"]),
    ];

    private static readonly string[] Seniority = ["", "", "Senior ", "Staff ", "Lead ", "Junior ", "Principal "];

    private static readonly string[] CompanyStems = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Pied Piper", "Vandelay", "Soylent", "Cyberdyne", "Tyrell", "Wonka", "Gringotts", "Aperture", "Black Mesa", "Massive Dynamic", "Oscorp", "Nakatomi", "Monarch"];

    private static readonly string[] CompanyKinds = ["Labs", "Systems", "Health", "Capital", "Logistics", "Software", "Analytics", "Retail", "Energy", "Media", "Robotics", "Foods", "Bank", "Cloud", "Motors"];

    private static readonly (string City, string Region, string Country)[] Cities =
    [
        ("Berlin", "Berlin", "DE"), ("Munich", "Bavaria", "DE"), ("Hamburg", "Hamburg", "DE"), ("London", "England", "GB"), ("Manchester", "England", "GB"),
        ("Edinburgh", "Scotland", "GB"), ("Paris", "Ile-de-France", "FR"), ("Lyon", "Auvergne-Rhone-Alpes", "FR"), ("Amsterdam", "North Holland", "NL"), ("Rotterdam", "South Holland", "NL"),
        ("Madrid", "Madrid", "ES"), ("Barcelona", "Catalonia", "ES"), ("Lisbon", "Lisbon", "PT"), ("Milan", "Lombardy", "IT"), ("Rome", "Lazio", "IT"),
        ("Stockholm", "Stockholm", "SE"), ("Copenhagen", "Capital Region", "DK"), ("Oslo", "Oslo", "NO"), ("Helsinki", "Uusimaa", "FI"), ("Warsaw", "Masovia", "PL"),
        ("Prague", "Prague", "CZ"), ("Vienna", "Vienna", "AT"), ("Zurich", "Zurich", "CH"), ("Dublin", "Leinster", "IE"), ("New York", "NY", "US"),
        ("San Francisco", "CA", "US"), ("Seattle", "WA", "US"), ("Austin", "TX", "US"), ("Boston", "MA", "US"), ("Chicago", "IL", "US"),
        ("Denver", "CO", "US"), ("Toronto", "Ontario", "CA"), ("Vancouver", "British Columbia", "CA"), ("Montreal", "Quebec", "CA"), ("Sydney", "NSW", "AU"),
        ("Melbourne", "Victoria", "AU"), ("Singapore", "", "SG"), ("Bangalore", "Karnataka", "IN"), ("Tokyo", "Tokyo", "JP"), ("Sao Paulo", "SP", "BR"),
    ];

    private static readonly string[] Schools = ["TU Munich", "Imperial College London", "ETH Zurich", "University of Toronto", "MIT", "Stanford University", "University of Washington", "Sorbonne University", "KTH Royal Institute of Technology", "University of Amsterdam", "Politecnico di Milano", "University of Melbourne", "National University of Singapore", "IIT Bombay", "University of Tokyo", "Trinity College Dublin", "University of Edinburgh", "Humboldt University", "University of Warsaw", "McGill University"];

    private static readonly string[] FirstNames = ["Ada", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe"];

    private static readonly string[] LastNames = ["Andersen", "Becker", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Huang", "Ivanova", "Jensen", "Kowalski", "Lopez", "Muller", "Nakamura", "Okafor", "Patel", "Rossi", "Schmidt", "Tanaka", "Novak", "Walsh", "Yilmaz"];

    private static readonly DateOnly Today = new(2026, 11, 1);

    private readonly Random _random = new(seed);
    private int _next;

    public CandidateProfile Next()
    {
        var id = $"bench-{_next++:D7}";
        var family = Families[_random.Next(Families.Length)];
        var other = Families[_random.Next(Families.Length)];
        var skills = Pick(family.Skills, _random.Next(4, 10)).Concat(Pick(other.Skills, _random.Next(0, 2))).Distinct().ToList();
        var experiences = new List<Experience>();
        var end = _random.Next(5) == 0 ? Today.AddMonths(-_random.Next(1, 12)) : (DateOnly?)null;
        var roles = _random.Next(1, 5);
        for (var i = 0; i < roles; i++)
        {
            var start = (end ?? Today).AddMonths(-_random.Next(8, 60));
            var title = Seniority[_random.Next(Seniority.Length)] + family.Titles[_random.Next(family.Titles.Length)];
            var company = $"{CompanyStems[_random.Next(CompanyStems.Length)]} {CompanyKinds[_random.Next(CompanyKinds.Length)]}";
            experiences.Add(new Experience(company, title, start, end, $"{title} working with {skills[_random.Next(skills.Count)]} and {skills[_random.Next(skills.Count)]}."));
            end = start.AddDays(-1);
        }

        var current = experiences[0];
        var (city, region, country) = Cities[_random.Next(Cities.Length)];
        var name = $"{FirstNames[_random.Next(FirstNames.Length)]} {LastNames[_random.Next(LastNames.Length)]}";
        var years = (Today.DayNumber - experiences[^1].Start.DayNumber) / 365;
        var summary = $"{current.Title} with {years} years of experience in {string.Join(", ", skills.Take(3))}. Previously at {experiences[^1].Company}.";
        var updated = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new CandidateProfile(
            id,
            name,
            $"{current.Title} at {current.Company}",
            new Location(city, region, country),
            experiences,
            [new Education(Schools[_random.Next(Schools.Length)], "BSc", "", null, null)],
            skills,
            _random.Next(4) == 0,
            updated,
            ProfileSource.Public(),
            updated,
            summary);
    }

    private IEnumerable<string> Pick(string[] from, int count) =>
        Enumerable.Range(0, count).Select(_ => from[_random.Next(from.Length)]);
}
