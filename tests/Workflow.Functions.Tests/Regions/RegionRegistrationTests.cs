using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Regions;

/// <summary>The region fields of a registration: parent, reportCovers and admins.</summary>
[Collection(ReviewCollection.Name)]
public sealed class RegionRegistrationTests(ReviewTestHost host)
{
    private static string Body(string kind, string extra) => $$"""
        { "name": "怀仁市人民政府", "kind": "{{kind}}", "submitters": ["clerk@huairen.test"],
          "reviewStages": [["lead@huairen.test"]], {{extra}} }
        """;

    private async Task<ApiResponse> PutAsync(string agencyId, string body)
    {
        var headers = new Dictionary<string, string> { ["X-Admin-Key"] = TestSettings.AdminKey };
        var request = TestRequests.Create("PUT", Encoding.UTF8.GetBytes(body), "application/json", headers, "");
        return (ApiResponse)await ActivatorUtilities.CreateInstance<RegisterAgency>(host.Services).Run(request, host.Client, agencyId, CancellationToken.None);
    }

    [Fact]
    public async Task A_government_covering_its_region_and_a_member_naming_it_are_stored_as_registered()
    {
        var government = TestSettings.NewAgencyId();
        var member = TestSettings.NewAgencyId();

        Assert.Equal(201, (await PutAsync(government, Body("government", "\"reportCovers\": \"region\", \"admins\": [\"Gongkaiban@Huairen.test\"]"))).StatusCode);
        Assert.Equal(201, (await PutAsync(member, Body("department", $"\"parent\": \"{government}\""))).StatusCode);

        var store = host.Services.GetRequiredService<AgencyStore>();
        var stored = (await store.GetAsync(government))!;
        Assert.True(stored.CoversRegion);
        Assert.Equal(["gongkaiban@huairen.test"], stored.Admins);
        Assert.Null(stored.Parent);
        Assert.Equal(government, (await store.GetAsync(member))!.Parent);
    }

    [Theory]
    [InlineData("department", "\"reportCovers\": \"region\"", "reportCovers")]
    [InlineData("government", "\"reportCovers\": \"province\"", "reportCovers")]
    [InlineData("department", "\"parent\": \"Not An Id\"", "parent")]
    [InlineData("department", "\"admins\": [\"not-an-address\"]", "admins")]
    public async Task A_wrong_region_field_is_refused_naming_it(string kind, string extra, string field)
    {
        var response = await PutAsync(TestSettings.NewAgencyId(), Body(kind, extra));

        Assert.Equal(400, response.StatusCode);
        Assert.Contains(field, response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_cannot_be_its_own_parent()
    {
        var id = TestSettings.NewAgencyId();

        var response = await PutAsync(id, Body("department", $"\"parent\": \"{id}\""));

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("parent", response.Content, StringComparison.Ordinal);
    }
}
