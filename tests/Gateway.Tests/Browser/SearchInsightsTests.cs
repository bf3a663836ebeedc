using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Hiring.Gateway.Tests.Browser;

/// <summary>Search and insights: ranked hits with why they matched, our own SVG charts of the pool, and a malformed query's error.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class SearchInsightsTests(WorkspaceFixture workspace)
{
    [Fact]
    public async Task TheInsightsChartsShowTheTopValuesOfTheQuerysPool()
    {
        var insights = (await workspace.QueryAsync("{ insights(query: \"python\") { topSkills { value } topLocations { value } } }")).GetProperty("insights");
        var page = await workspace.SignedInPageAsync(path: "/#/search?q=python&mode=BOOLEAN");

        await Assertions.Expect(page.Locator(".hit").First).ToContainTextAsync("Python");
        foreach (var (title, values) in new[] { ("Top skills", insights.GetProperty("topSkills")), ("Top locations", insights.GetProperty("topLocations")) })
        {
            var chart = page.GetByRole(AriaRole.Figure, new PageGetByRoleOptions { Name = title }).Locator("svg[role='img']");
            var rows = chart.Locator(".bar-row");
            var expected = values.EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToList();
            await Assertions.Expect(rows).ToHaveCountAsync(expected.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                await Assertions.Expect(rows.Nth(i)).ToHaveAttributeAsync("data-label", expected[i]);
            }

            await Assertions.Expect(chart).ToHaveAttributeAsync("aria-label", new Regex($"^{title}: {Regex.Escape(expected[0])} "));
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Figure, new PageGetByRoleOptions { Name = "Talent flow between companies" })).ToBeVisibleAsync();
        await WorkspaceFixture.ScreenshotAsync(page, "search-insights");
        await page.Context.CloseAsync();

        var phone = await workspace.SignedInPageAsync(width: 390, height: 844, path: "/#/search?q=python&mode=BOOLEAN");
        await Assertions.Expect(phone.Locator("svg.chart").First).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "search and insights scroll sideways at 390 px");
        await WorkspaceFixture.ScreenshotAsync(phone, "search-insights-phone");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task AMalformedBooleanQuerySaysWhereItFailsUntilItIsFixed()
    {
        var page = await workspace.SignedInPageAsync(path: "/#/search?q=title%3A(backend%20AND&mode=BOOLEAN");
        var error = page.Locator(".search-error [role='alert']");
        await Assertions.Expect(error).ToContainTextAsync("column");
        await Assertions.Expect(page.GetByLabel("Query")).ToHaveAttributeAsync("aria-invalid", "true");
        await WorkspaceFixture.ScreenshotAsync(page, "search-error");

        await page.GetByLabel("Query").FillAsync("title:(backend OR python)");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await Assertions.Expect(error).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheProjectViewOpensItsPoolSearchedByTitleAndMustHaveSkills()
    {
        var projectId = await ProjectArrangement.For(workspace).CalibratedProjectAsync();
        var page = await workspace.SignedInPageAsync(path: $"/#/projects/{projectId}");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Search and insights for this role’s pool" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#/search\\?project={Regex.Escape(projectId)}$"));
        await Assertions.Expect(page.GetByLabel("Query")).ToHaveValueAsync("\"backend engineer\" AND python AND docker");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Insights for this project’s pool" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
