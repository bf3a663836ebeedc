namespace Hiring.Talent.Synthetic;

/// <summary>Schools synthetic people attended.</summary>
public static class SchoolCatalog
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Technical University of Munich", "Humboldt University of Berlin", "RWTH Aachen University", "University of Hamburg",
        "Karlsruhe Institute of Technology", "University of Cambridge", "University of Oxford", "Imperial College London",
        "University of Manchester", "University of Edinburgh", "Delft University of Technology", "University of Amsterdam",
        "Sorbonne University", "École Polytechnique", "University of Barcelona", "Complutense University of Madrid",
        "University of Lisbon", "Trinity College Dublin", "ETH Zurich", "University of Vienna", "KTH Royal Institute of Technology",
        "University of Copenhagen", "University of Warsaw", "Charles University", "Politecnico di Milano",
        "Massachusetts Institute of Technology", "Stanford University", "University of California, Berkeley",
        "Carnegie Mellon University", "University of Washington", "University of Texas at Austin", "New York University",
        "University of Toronto", "University of British Columbia", "McGill University", "Indian Institute of Technology Bombay",
        "Indian Institute of Science", "National University of Singapore", "University of Sydney", "University of Melbourne",
        "Tel Aviv University", "University of São Paulo", "National Autonomous University of Mexico", "University of Lagos",
        "University of Nairobi", "Open University",
    ];
}
