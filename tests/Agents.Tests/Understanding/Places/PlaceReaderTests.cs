using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Agents.Tests.Understanding.Places;

public class PlaceReaderTests
{
    private static readonly PlaceReader Reader = new(Gazetteer.Default);

    [Theory]
    [InlineData("we could do Galway", "Galway")]
    [InlineData("Galway too", "Galway")]
    [InlineData("can we also do Limerick", "Limerick")]
    public void ATownWithItsCapitalIsAPlaceInACountryTheConversationIsAbout(string text, string town)
    {
        var tokens = Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text);

        Assert.Equal(town, Assert.Single(Reader.Read(text, tokens, ["IE"]).Places).Name);
        Assert.Empty(Reader.Read(text, tokens, ["GB"]).Places);
    }

    [Theory]
    [InlineData("Our head chef in Leeds is leaving (he's moving back to Auckland in New Zealand, good for him), so we need a new one", "Leeds")]
    [InlineData("Practice nurse for our Bristol surgery, the last one left for Vancouver in Canada", "Bristol")]
    [InlineData("Barista for our Porto café, I'm just back from a long weekend in Madrid", "Porto")]
    [InlineData("Receptionist in Galway; had a lovely holiday in Lisbon last month btw", "Galway")]
    public void PlacesWhereSomeoneElseIsGoingAreNotWhereTheRoleIs(string text, string place)
    {
        var tokens = Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text);

        Assert.Equal(place, Assert.Single(Reader.Read(text, tokens).Places).Name);
    }

    [Theory]
    [InlineData("NYC's signed off on a hybrid pattern")]
    [InlineData("LA said two office days is fine")]
    public void LettersThatAbbreviateACityAbroadNameNoPlaceInAConversationAboutAnotherCountry(string text)
    {
        var tokens = Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text);

        Assert.Empty(Reader.Read(text, tokens, ["GB"]).Places);
    }

    [Theory]
    [InlineData("Shift manager for our DC in Coventry, days only", "Coventry")]
    [InlineData("Forklift drivers needed at the DC near Doncaster", "Doncaster")]
    public void AWordForAWorkplaceAfterADeterminerIsTheWorkplaceNotAPlace(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Reader.Read(text).Places).Name);
    }

    [Theory]
    [InlineData("barista for a cafe in Berlin, Kreuzberg", "Berlin")]
    [InlineData("the studio is in Berlin now (Kreuzberg)", "Berlin")]
    public void ASmallTownBesideTheBigCityItLiesInIsAPartOfIt(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Reader.Read(text).Places).Name);
    }

    [Theory]
    [InlineData("winterthur also possible", "Winterthur")]
    [InlineData("basel is also possible", "Basel")]
    [InlineData("also thun", "Thun")]
    [InlineData("and aarau", "Aarau")]
    public void ATownInLowerCaseOfferedBesideTheRolesInItsCountryIsAPlace(string text, string town)
    {
        var tokens = Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text);

        Assert.Equal(town, Assert.Single(Reader.Read(text, tokens, ["CH"]).Places).Name);
    }

    // Beside the role's own place, a place named as what the work covers (its accounts, market or affairs, or travelled to) is no second place.
    [Theory]
    [InlineData("key account manager in Munich for our Austria market", "Munich")]
    [InlineData("field engineer based in Leeds, regular travel around Scotland", "Leeds")]
    [InlineData("sales executive in Madrid, monthly trips to Lisbon", "Madrid")]
    public void APlaceTheWorkCoversBesideTheRolesOwnIsNoSecondPlace(string text, string place)
    {
        Assert.Equal(place, Assert.Single(Reader.Read(text).Places).Name);
    }

    // "Reading's ok too" for a role in Leeds: a town that is also a word, offered with the contraction of "is".
    [Theory]
    [InlineData("Reading's ok too", "Reading")]
    [InlineData("Bath's an option too", "Bath")]
    public void ATownThatIsAlsoAWordOfferedWithAContractionIsAPlace(string text, string town)
    {
        var tokens = Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text);

        Assert.Equal(town, Assert.Single(Reader.Read(text, tokens, ["GB"]).Places).Name);
    }

    [Fact]
    public void LettersThatAbbreviateACityAbroadAfterAPlaceCueStillNameIt()
    {
        const string text = "could she be based in LA instead";

        Assert.Equal("Los Angeles", Assert.Single(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), ["GB"]).Places).Name);
    }

    [Theory]
    [InlineData("actualy make that geelong instead", "Geelong")]
    [InlineData("can we do it in leipzig now", "Leipzig")]
    public void ATownTypedInLowerCaseAfterACueIsAPlaceBeforeWordsThatEndTheClause(string text, string town) =>
        Assert.Equal(town, Assert.Single(Reader.Read(text).Places).Name);

    [Theory]
    [InlineData("bar staff for a pub in east london, evenings", "London, GB")]
    [InlineData("warehouse operatives, East London area, nights", "London, GB")]
    public void ACompassWordBeforeACityNamesAPartOfItNotATownAbroadOfThatName(string text, string place) =>
        Assert.Equal(place, Describe(Reader.Read(text).Places));

    [Fact]
    public void ACompassNamedTownIsItselfInAConversationAboutItsCountryOrWithItsCountry()
    {
        const string text = "bar staff for a pub in East London";
        Assert.Equal("East London, ZA", Describe(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), ["ZA"]).Places));
        Assert.Equal("East London, ZA", Describe(Reader.Read("bar staff in East London, South Africa").Places));
    }

    [Theory]
    [InlineData("add Galway", "Galway")]
    [InlineData("oh and add salford too", "Salford")]
    [InlineData("can you make it also rotterdam", "Rotterdam")]
    public void AddingATownThatIsNothingButAPlaceNamesIt(string text, string town) =>
        Assert.Equal(town, Assert.Single(Reader.Read(text).Places).Name);

    [Theory]
    [InlineData("could be remote, uk only", "United Kingdom")]
    [InlineData("fully remote is fine, NL only", "Netherlands")]
    [InlineData("wfh is fine anywhere in NZ", "New Zealand")]
    [InlineData("fully remote is ok, pan india", "India")]
    [InlineData("télétravail possible, n'importe où en France", "France")]
    [InlineData("puede trabajar en remoto desde cualquier parte de Portugal", "Portugal")]
    public void AShortNameOrACodeBeforeOnlyScopesARemoteRole(string text, string country) =>
        Assert.Equal(country, Assert.Single(Reader.Read(text).RemoteWithin).Name);

    [Theory]
    [InlineData("it can be remote but UK-based only", "United Kingdom")]
    [InlineData("fully remote, eu residents only", "EU")]
    [InlineData("remote is fine if they're uk based", "United Kingdom")]
    public void ACountryWithAWordOfLivingThereScopesARemoteRole(string text, string within) =>
        Assert.Equal(within, Assert.Single(Reader.Read(text).RemoteWithin).Name);

    [Theory]
    [InlineData("helpdesk analyst, IT only")]
    [InlineData("HR only for this one")]
    public void ATwoLetterCodeOutsideARemoteRoleNamesNoCountry(string text) => Assert.Empty(Reader.Read(text).Places);

    [Theory]
    [InlineData("add Spring")]
    [InlineData("add reading")]
    public void AddingAWordThatIsAlsoAPlaceNamesNoPlace(string text) => Assert.Empty(Reader.Read(text).Places);

    [Theory]
    [InlineData("widen the net to Galway")]
    [InlineData("widen the search to Galway")]
    [InlineData("can we broaden it to Limerick as well")]
    public void WideningTheSearchToATownNamesAPlace(string text) => Assert.Single(Reader.Read(text).Places);

    [Theory]
    [InlineData("Senior backend engineer in Hamburg", "Hamburg, DE")]
    [InlineData("senior backend engineer in hamburg", "Hamburg, DE")]
    [InlineData("Berlin-based data engineer", "Berlin, DE")]
    [InlineData("Product designer based in Munich", "Munich, DE")]
    [InlineData("SRE near Boston", "Boston, US")]
    [InlineData("Go developer, Berlin or Munich", "Berlin, DE; Munich, DE")]
    [InlineData("Engineers in London/Manchester", "London, GB; Manchester, GB")]
    [InlineData("Data scientist NYC", "New York, US")]
    [InlineData("Staff engineer in the Bay Area", "metro San Francisco Bay Area")]
    [InlineData("iOS engineer, SF", "San Francisco, US")]
    [InlineData("Backend engineer in Köln", "Cologne, DE")]
    [InlineData("DevOps engineer in Zürich, CH", "Zurich, CH")]
    [InlineData("Designer in Portland", "Portland, US")]
    [InlineData("Relocation to Amsterdam offered", "Amsterdam, NL")]
    [InlineData("Senior Go engineer in München", "Munich, DE")]
    [InlineData("Looking for someone in Wien", "Vienna, AT")]
    [InlineData("A team in Praha", "Prague, CZ")]
    [InlineData("Backend engineer in Lisboa", "Lisbon, PT")]
    [InlineData("Engineers in Milano or Roma", "Milan, IT; Rome, IT")]
    [InlineData("Based in Firenze", "Florence, IT")]
    [InlineData("Office in Bruxelles", "Brussels, BE")]
    [InlineData("Developer in Antwerpen", "Antwerp, BE")]
    [InlineData("Genève-based fintech", "Geneva, CH")]
    [InlineData("Warszawa or Kraków", "Warsaw, PL; Krakow, PL")]
    [InlineData("Hiring in København", "Copenhagen, DK")]
    [InlineData("Our Göteborg office", "Gothenburg, SE")]
    [InlineData("Engineer in Den Haag", "The Hague, NL")]
    [InlineData("Analyst in Sevilla", "Seville, ES")]
    [InlineData("Engineer in Moskva", "Moscow, RU")]
    [InlineData("QA lead in Bombay", "Mumbai, IN")]
    [InlineData("SDE 2 in Bengaluru", "Bangalore, IN")]
    [InlineData("Team in Peking", "Beijing, CN")]
    [InlineData("Analyst in Calcutta", "Kolkata, IN")]
    [InlineData("Tester in Madras", "Chennai, IN")]
    [InlineData("Designer in Saigon", "Ho Chi Minh City, VN")]
    [InlineData("Frankfurt am Main, banking IT", "Frankfurt, DE")]
    [InlineData("Berlin backend engineer", "Berlin, DE")]
    [InlineData("Engineers in Philly", "Philadelphia, US")]
    [InlineData("DC-based policy analyst", "Washington, US")]
    [InlineData("at our Berlin office", "Berlin, DE")]
    [InlineData("Zurich or Geneva, Switzerland", "Zurich, CH; Geneva, CH")]
    [InlineData("Toronto, ON", "Toronto, CA")]
    [InlineData("Engineer in London, Ontario", "London, CA")]
    [InlineData("Atlanta, Georgia", "Atlanta, US")]
    [InlineData("Senior engineer, Twin Cities", "metro Minneapolis–Saint Paul")]
    [InlineData("Engineers in Bavaria", "region Bavaria, DE")]
    [InlineData("Engineer in the Netherlands", "country NL")]
    [InlineData("Jobs in Deutschland", "country DE")]
    [InlineData("UK-based support", "country GB")]
    [InlineData("Working in Holland", "country NL")]
    [InlineData("Reading, UK", "Reading, GB")]
    [InlineData("Nice, France", "Nice, FR")]
    [InlineData("Consultant based in Reading", "Reading, GB")]
    [InlineData("Engineer in Victoria, BC", "Victoria, CA")]
    [InlineData("Elixir developer based in Phoenix", "Phoenix, US")]
    [InlineData("Medical assistant in Phoenix, EHR experience", "Phoenix, US")]
    [InlineData("lineman, phoenix based, cdl required", "Phoenix, US")]
    [InlineData("roofers for jobs in the seattle area osha 30 required", "metro Seattle metropolitan area")]
    [InlineData("a practice in galway seeking a dental nurse", "Galway, IE")]
    [InlineData("Cook for our london kitchen team", "London, GB")]
    [InlineData("SDR for the berlin office", "Berlin, DE")]
    [InlineData("Mobile, AL", "Mobile, US")]
    [InlineData("bay area engineers", "metro San Francisco Bay Area")]
    [InlineData("Hiring in Germany, Austria and Switzerland", "country DE; country AT; country CH")]
    [InlineData("Senior PM – London – Hybrid", "London, GB")]
    [InlineData("Open to candidates from India", "country IN")]
    [InlineData("Hire a Kotlin dev in the GTA", "metro Greater Toronto Area")]
    [InlineData("Designer in Melbourne, Florida", "Melbourne, US")]
    [InlineData("Account manager - Sydney - Salesforce", "Sydney, AU")]
    [InlineData("scratch that, Boulder not Denver", "Boulder, US")]
    [InlineData("need a sr. accountant in chicago w/ quickbooks exp", "Chicago, US")]
    [InlineData("accountant in TX", "region Texas, US")]
    [InlineData("Payroll Specialist, based in our Birmingham (UK) office", "Birmingham, GB")]
    [InlineData("assistant store manager, manchster, must know SAP Retail", "Manchester, GB")]
    [InlineData("Java developer based in Frankfrut", "Frankfurt, DE")]
    [InlineData("pm for a fintech in sf", "San Francisco, US")]
    [InlineData("ML eng, also open to Basel", "Basel, CH")]
    [InlineData("HD diesel fitter, FIFO out of Perth, Komatsu and Cat gear", "Perth, AU")]
    [InlineData("Hiring in London, Dublin and Amsterdam", "London, GB; Dublin, IE; Amsterdam, NL")]
    [InlineData("pharmacist in um Stockport no sorry Salford, GPhC", "Salford, GB")]
    [InlineData("compliance officer in Munich — wait, I mean Frankfurt", "Frankfurt, DE")]
    [InlineData("chef for Lyon, not Paris", "Lyon, FR")]
    [InlineData("not Leeds, it's Manchester", "Manchester, GB")]
    [InlineData("executive chef in Dubai, Marina area", "Dubai, AE")]
    [InlineData("CNC machinist in Detroit or Warren", "Detroit, US; Warren, US")]
    [InlineData("backend engineer in NY, Go and Kubernetes", "region New York, US")]
    [InlineData("we're opening a business hotel in Jakarta in March", "Jakarta, ID")]
    [InlineData("sound engineer for a broadcaster in Jo'burg", "Johannesburg, ZA")]
    [InlineData("hotel receptionist copenhagn, opera pms", "Copenhagen, DK")]
    [InlineData("class A CDL driver atlnta, 2+ yrs exp", "Atlanta, US")]
    [InlineData("maths teacher for an intl school in Olso", "Oslo, NO")]
    [InlineData("data engineer helsinki, python", "Helsinki, FI")]
    [InlineData("payroll specialist ottawa, bilingual, ceridian", "Ottawa, CA")]
    [InlineData("sorry gothenburg not stockholm, my bad", "Gothenburg, SE")]
    [InlineData("its the galway store actually", "Galway, IE")]
    [InlineData("store mgr in dublin city centre", "Dublin, IE")]
    [InlineData("teaching assistant, it's for their Bath academy", "Bath, GB")]
    [InlineData("picker packers for the Daventry DC, nights", "Daventry, GB")]
    [InlineData("staff nurse for a clinic in cincinatti, nights", "Cincinnati, US")]
    [InlineData("receptionist based in edinborough", "Edinburgh, GB")]
    [InlineData("welder needed for the albequerque plant", "Albuquerque, US")]
    [InlineData("crane operator hambrug port, nights", "Hamburg, DE")]
    [InlineData("ward clerk at our leeds hospital", "Leeds, GB")]
    [InlineData("bookkeeper in houston xero experience", "Houston, US")]
    [InlineData("dental nurse, berlin treptow", "Berlin, DE")]
    public void PlacesAreReadTheWayPeopleWriteThem(string text, string expected)
    {
        var reading = Reader.Read(text);
        Assert.Equal(expected, Describe(reading.Places));
        Assert.Empty(reading.RemoteWithin);
    }

    [Theory]
    [InlineData("Recruiter in Portland, OR", "Portland", "OR")]
    [InlineData("Marketing lead in Portland, Maine", "Portland", "ME")]
    [InlineData("Research engineer in Cambridge, MA", "Cambridge", "MA")]
    [InlineData("Research engineer in Cambridge UK", "Cambridge", "ENG")]
    [InlineData("Research engineer in Cambridge", "Cambridge", "ENG")]
    [InlineData("Paris, Texas", "Paris", "TX")]
    [InlineData("Paris, France", "Paris", "IDF")]
    [InlineData("Senior engineer in Boston or Cambridge", "Cambridge", "MA")]
    [InlineData("Engineer in Dublin, Ohio", "Dublin", "OH")]
    public void AStateCountryOrNeighbourBesideACityPicksWhichCity(string text, string city, string regionCode)
    {
        var place = Reader.Read(text).Places[^1];
        var resolved = Assert.IsType<GazetteerCity>(Gazetteer.Default.Resolve(place));
        Assert.Equal((city, regionCode), (resolved.Name, resolved.RegionCode));
    }

    // "Valencia or Alicante": the city of the name in the country of the one listed beside it, in the words lists are made with.
    [Theory]
    [InlineData("Theatre nurse in Valencia or Alicante", "Valencia", "ES")]
    [InlineData("Enfermera de quirófano en Valencia o Alicante", "Valencia", "ES")]
    [InlineData("Pflegekraft in Valencia oder Alicante", "Valencia", "ES")]
    [InlineData("Theatre nurse in Valencia, Venezuela or Alicante", "Valencia", "VE")]
    [InlineData("Product designer in Toronto or New York", "Toronto", "CA")]
    public void ACityListedBeforeAnotherIsInItsCountryWhenItsNameCanBe(string text, string city, string country)
    {
        var place = Reader.Read(text).Places.Single(p => p.Name == city);
        Assert.Equal(country, Assert.IsType<GazetteerCity>(Gazetteer.Default.Resolve(place)).CountryCode);
    }

    [Theory]
    [InlineData("Sales engineer, anywhere in Germany", "country DE", RemotePolicy.Unspecified, "")]
    [InlineData("Sales engineer, remote, anywhere in Germany", "", RemotePolicy.Remote, "country DE")]
    [InlineData("Backend engineer, remote within the US", "", RemotePolicy.Remote, "country US")]
    [InlineData("Platform engineer, remote (EU only)", "", RemotePolicy.Remote, "zone EU")]
    [InlineData("US-remote support engineer", "", RemotePolicy.Remote, "country US")]
    [InlineData("Data analyst, remote, US only", "", RemotePolicy.Remote, "country US")]
    [InlineData("Fully remote frontend developer", "", RemotePolicy.Remote, "")]
    [InlineData("Work from anywhere, we are async", "", RemotePolicy.Remote, "")]
    [InlineData("Engineering manager, hybrid in London", "London, GB", RemotePolicy.Hybrid, "")]
    [InlineData("QA engineer on-site in Austin", "Austin, US", RemotePolicy.OnSite, "")]
    [InlineData("3 days in office, Paris", "Paris, FR", RemotePolicy.Hybrid, "")]
    [InlineData("EMEA remote account executive", "", RemotePolicy.Remote, "zone EMEA")]
    [InlineData("Anywhere in California", "region California, US", RemotePolicy.Unspecified, "")]
    [InlineData("Remote, anywhere in California", "", RemotePolicy.Remote, "region California, US")]
    [InlineData("Remote (US/Canada)", "", RemotePolicy.Remote, "country US; country CA")]
    [InlineData("Remote within the US or Canada", "", RemotePolicy.Remote, "country US; country CA")]
    [InlineData("Hybrid, DACH", "zone DACH", RemotePolicy.Hybrid, "")]
    [InlineData("Remote in the Nordics", "", RemotePolicy.Remote, "zone Nordics")]
    [InlineData("Remote from Spain", "", RemotePolicy.Remote, "country ES")]
    [InlineData("Remote - LATAM", "", RemotePolicy.Remote, "zone LATAM")]
    [InlineData("APAC, remote", "", RemotePolicy.Remote, "zone APAC")]
    [InlineData("Berlin or remote", "Berlin, DE", RemotePolicy.Remote, "")]
    [InlineData("Hybrid (2 days remote), Lisbon", "Lisbon, PT", RemotePolicy.Hybrid, "")]
    [InlineData("Not remote: in office in Berlin", "Berlin, DE", RemotePolicy.OnSite, "")]
    [InlineData("Dental nurse in Norwich, hybrid isn't possible - onsite only", "Norwich, GB", RemotePolicy.OnSite, "")]
    [InlineData("Dental nurse in Norwich, no hybrid, fully remote", "Norwich, GB", RemotePolicy.Remote, "")]
    [InlineData("Payroll specialist in Halifax, in the office 2 days a week", "Halifax, CA", RemotePolicy.Hybrid, "")]
    [InlineData("Solicitor in Bristol, remote is ok 2 days a week", "Bristol, GB", RemotePolicy.Hybrid, "")]
    [InlineData("Sous chef in Bath, in the office 5 days a week", "Bath, GB", RemotePolicy.OnSite, "")]
    [InlineData("Receptionist in Leeds, part-time, 3 days a week", "Leeds, GB", RemotePolicy.Unspecified, "")]
    [InlineData("London, UK or remote within the EU", "London, GB", RemotePolicy.Remote, "zone EU")]
    [InlineData("Remote sensing scientist in Boulder, CO", "Boulder, US", RemotePolicy.Unspecified, "")]
    [InlineData("Engineer (Hybrid - Amsterdam)", "Amsterdam, NL", RemotePolicy.Hybrid, "")]
    [InlineData("Senior Rails developer in Austin, TX or remote (US)", "Austin, US", RemotePolicy.Remote, "country US")]
    [InlineData("Physiotherapist in Nottingham, make it hybrid? no wait, it's clinical - on-site", "Nottingham, GB", RemotePolicy.OnSite, "")]
    [InlineData("HGV drivers for our Daventry DC, must have the right to work in the UK", "Daventry, GB", RemotePolicy.Unspecified, "")]
    [InlineData("Fully remote support engineer, must be authorised to work in Canada", "", RemotePolicy.Remote, "country CA")]
    // "the States" opens with its article; "dentro de" scopes in Spanish; "wfo" is working from the office; "Hyd" and "Makati" are their cities.
    [InlineData("fully remote, as long as they live in the States", "", RemotePolicy.Remote, "country US")]
    [InlineData("puede ser en remoto dentro de Colombia", "", RemotePolicy.Remote, "country CO")]
    [InlineData("java developer, Hyd, wfo", "Hyderabad, IN", RemotePolicy.OnSite, "")]
    [InlineData("call centre agents in Makati, work from office", "Makati City, PH", RemotePolicy.OnSite, "")]
    public void WorkArrangementsAndRemoteScopesAreRead(string text, string places, RemotePolicy remote, string within)
    {
        var reading = Reader.Read(text);
        Assert.Equal((places, remote, within), (Describe(reading.Places), reading.Remote, Describe(reading.RemoteWithin)));
    }

    [Theory]
    [InlineData("Reading and writing code is the job")]
    [InlineData("Nice to have: Kubernetes")]
    [InlineData("Mobile developer with Swift")]
    [InlineData("Experience in Mobile development")]
    [InlineData("Bath time")]
    [InlineData("Split the work into tickets")]
    [InlineData("Sale of the century")]
    [InlineData("Orange is a telecom")]
    [InlineData("Victoria will call you")]
    [InlineData("Florence Nightingale award")]
    [InlineData("Marion from HR")]
    [InlineData("Of course we can")]
    [InlineData("Best regards")]
    [InlineData("Hope to hear from you")]
    [InlineData("Ajax and jQuery experience")]
    [InlineData("Commerce platform")]
    [InlineData("Industry experience")]
    [InlineData("Enterprise software sales")]
    [InlineData("Independence and ownership")]
    [InlineData("Lead engineer")]
    [InlineData("Dover and Chester will review")]
    [InlineData("Troy and Salem are on the panel")]
    [InlineData("REST APIs with Jersey")]
    [InlineData("Java, Spring, Hibernate")]
    [InlineData("Experience in Spring Boot")]
    [InlineData("Rails and Django")]
    [InlineData("Flask, FastAPI")]
    [InlineData("Chef or Puppet")]
    [InlineData("Phoenix framework (Elixir)")]
    [InlineData("Elixir engineer, years of experience in Phoenix, LiveView")]
    [InlineData("Elixir engineer skilled in Phoenix and Ecto")]
    [InlineData("Cypress tests")]
    [InlineData("Set up a call with Chelsea")]
    [InlineData("Ask Austin about the role")]
    [InlineData("Austin Smith referred them")]
    [InlineData("Boston University graduates")]
    [InlineData("Bank of America experience")]
    [InlineData("IMO the best")]
    [InlineData("Tell us more")]
    [InlineData("Most candidates are senior")]
    [InlineData("The remote control team")]
    [InlineData("Built the Orleans grains")]
    [InlineData("Living in Orange County")]
    [InlineData("China experience")]
    [InlineData("Experience selling into China")]
    [InlineData("engineer in the us")]
    [InlineData("Got an email from Chelsea")]
    [InlineData("Set up a call with Sidney on Friday")]
    [InlineData("Fluent in Mandarin, experience in Kotlin")]
    [InlineData("Strong in testing, Postman")]
    [InlineData("One change: make it 7 years minimum")]
    [InlineData("we work in pairs, mostly")]
    [InlineData("happy to settle, thanks")]
    [InlineData("nurse for our parish, days")]
    // Words a slip or two from a city's name: "handyman" (Handan), "stockroom" (Stockholm), "chandelier" (Chandler), "nineties" (Nantes).
    [InlineData("handyman for a block of flats, days")]
    [InlineData("stockroom assistant, nights")]
    [InlineData("baristas for a busy cafe")]
    [InlineData("polymath wanted, nights")]
    [InlineData("fitter for the chandelier")]
    [InlineData("grew up in the nineties")]
    [InlineData("lifeguard for the marina")]
    [InlineData("marina berth attendant")]
    [InlineData("reading the brief now")]
    [InlineData("nice to have: python")]
    [InlineData("bath fitter, weekends")]
    [InlineData("store manager at our reading branch")]
    public void EverydayWordsPeopleAndSkillsAreNoPlaces(string text)
    {
        var reading = Reader.Read(text);
        Assert.Empty(reading.Places);
        Assert.Empty(reading.RemoteWithin);
    }

    // A saint a hospital, school or church is named after is no town of that name ("Mary", Turkmenistan); towns named after one are read whole.
    [Theory]
    [InlineData("Ward sister, St Mary's, Leeds", "Leeds")]
    [InlineData("teaching assistant at Saint Mary's primary in Cork", "Cork")]
    [InlineData("Care assistant in St Albans", "Albans")]
    public void ASaintsNameIsNoTownButATownNamedAfterOneIs(string text, string place) =>
        Assert.EndsWith(place, Assert.Single(Reader.Read(text).Places).Name, StringComparison.Ordinal);

    [Fact]
    public void SpansCoverThePlaceAndWorkPhrasesSoOtherReadersCanSkipThem()
    {
        const string text = "Backend engineer in Portland, OR, remote ok";
        var spans = Reader.Read(text).Spans;
        Assert.Equal(["Portland, OR", "remote ok"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void EmptyTextReadsAsNothing()
    {
        Assert.Same(PlaceReading.None, Reader.Read(""));
        Assert.Equal(RemotePolicy.Unspecified, Reader.Read("Senior Go engineer, 5+ years").Remote);
    }

    [Fact]
    public void ANameOfSeveralCitiesMeansTheOneInTheCountryTheConversationIsAbout()
    {
        const string text = "also need one in Valencia";
        Assert.Equal("Valencia, ES", Describe(Reader.Read(text).Places));
        Assert.Equal("Valencia, VE", Describe(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), ["VE"]).Places));
    }

    [Theory]
    [InlineData("bury would work too, it's a short drive", "GB", "Bury, GB")]
    [InlineData("reading is fine as well", "GB", "Reading, GB")]
    [InlineData("ok, nice could also work", "FR", "Nice, FR")]
    public void AnEverydayWordOfferedBesideTheRolesPlaceIsATownOfTheCountryEvenInLowerCase(string text, string country, string expected)
    {
        Assert.Equal(expected, Describe(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), [country]).Places));
    }

    [Theory]
    [InlineData("reading is fine as well", null)]
    [InlineData("the reading is fine as well", "GB")]
    [InlineData("nice would work too", "GB")]
    public void AnEverydayWordInLowerCaseStaysAWordWithoutItsCountryOrOutsideItsClausesStart(string text, string? country)
    {
        Assert.Empty(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), country is null ? null : [country]).Places);
    }

    // Offered beside the role's place in the words of other languages: German, Dutch, Spanish, Hindi as typed in Latin letters.
    [Theory]
    [InlineData("Graz geht auch", "AT", "Graz, AT")]
    [InlineData("Eindhoven kan ook", "NL", "Eindhoven, NL")]
    [InlineData("Sevilla también vale", "ES", "Seville, ES")]
    [InlineData("Pune bhi chalega", "IN", "Pune, IN")]
    public void ATownOfferedBesideTheRolesInAnotherLanguageIsAPlace(string text, string country, string expected)
    {
        Assert.Equal(expected, Describe(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), [country]).Places));
    }

    [Theory]
    [InlineData("the client is fine with Kelowna too", "CA", "Kelowna, CA")]
    [InlineData("they'd be happy with Thunder Bay as well", "CA", "Thunder Bay, CA")]
    public void ATownSomeoneAgreesToIsAPlaceNotAPerson(string text, string country, string expected) =>
        Assert.Equal(expected, Describe(Reader.Read(text, Hiring.Reasoning.Understanding.Text.Tokenizer.Tokenize(text), [country]).Places));

    // A local authority named after its town works there, though a town's name before "City" is a football club's as often.
    [Theory]
    [InlineData("Environmental health officer\nLeeds City Council | Full time", "Leeds, GB")]
    [InlineData("Sheffield City Council is hiring a social worker", "Sheffield, GB")]
    public void ATownsCouncilIsInTheTown(string text, string expected) =>
        Assert.Equal(expected, Describe(Reader.Read(text).Places));

    // "Manhattan WMS" is a product: a place name inside a skill of several words is the skill's, not where the role is.
    [Fact]
    public void APlaceNameInsideASkillIsNoPlace()
    {
        var reading = Hiring.Agents.Tests.Support.UnderstandingResources.Roles.Read("Inventory controller, Leeds, Manhattan WMS preferred, forklift licence");

        Assert.Equal("Leeds, GB", Describe(reading.Places.Places));
        Assert.Contains(reading.Requirements, r => r.Subject == "manhattan associates");
    }

    private static string Describe(IReadOnlyList<Place> places) => string.Join("; ", places.Select(p => p.Kind switch
    {
        PlaceKind.City => $"{p.Name}, {p.CountryCode}",
        PlaceKind.Region => $"region {p.Name}, {p.CountryCode}",
        PlaceKind.Metro => $"metro {p.Name}",
        PlaceKind.Country => $"country {p.CountryCode}",
        _ => $"zone {p.Name}",
    }));
}
