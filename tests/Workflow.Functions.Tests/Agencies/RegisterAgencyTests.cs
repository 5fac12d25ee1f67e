using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Lifecycle;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Agencies;

[Collection(ReviewCollection.Name)]
public sealed class RegisterAgencyTests(ReviewTestHost host)
{
    private const string Body = """
        { "name": "怀仁市行政审批服务管理局", "kind": "department", "submitters": ["clerk@huairen.test"],
          "reviewStages": [["lead@huairen.test"], ["office@huairen.test", "deputy@huairen.test"]], "escalation": ["boss@huairen.test"] }
        """;

    private async Task<ApiResponse> PutAsync(string agencyId, string body, string? adminKey = TestSettings.AdminKey, string query = "")
    {
        var headers = adminKey is null ? null : new Dictionary<string, string> { ["X-Admin-Key"] = adminKey };
        var request = TestRequests.Create("PUT", Encoding.UTF8.GetBytes(body), "application/json", headers, query);
        return (ApiResponse)await ActivatorUtilities.CreateInstance<RegisterAgency>(host.Services).Run(request, host.Client, agencyId, CancellationToken.None);
    }

    private static string? ApiKey(ApiResponse response)
    {
        using var json = JsonDocument.Parse(response.Content!);
        return json.RootElement.TryGetProperty("apiKey", out var key) ? key.GetString() : null;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-admin-key")]
    public async Task Without_the_admin_key_nothing_is_registered(string? adminKey)
    {
        var id = TestSettings.NewAgencyId();
        Assert.Equal(401, (await PutAsync(id, Body, adminKey)).StatusCode);
        Assert.Null(await host.Services.GetRequiredService<AgencyStore>().GetAsync(id));
    }

    [Theory]
    [InlineData("name", "\"name\": \"怀仁市\\u0001行政审批服务管理局\"")]
    [InlineData("reviewStages[1][0]", "\"reviewStages\": [[\"lead@huairen.test\"], [\"office\\u001b@huairen.test\"]]")]
    [InlineData("escalation[0]", "\"escalation\": [\"boss@huairen.test\\u000b\"]")]
    public async Task A_field_with_a_control_character_is_refused_naming_the_field(string path, string field)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Body)!.AsObject();
        var replacement = System.Text.Json.Nodes.JsonNode.Parse("{" + field + "}")!.AsObject();
        foreach (var (name, value) in replacement.ToList())
        {
            replacement.Remove(name);
            json[name] = value;
        }

        var response = await PutAsync(TestSettings.NewAgencyId(), json.ToJsonString());

        Assert.Equal(400, response.StatusCode);
        Assert.Contains($"{path} 含有控制字符", response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_with_a_chinese_domain_is_kept_with_its_domain_as_punycode()
    {
        var id = TestSettings.NewAgencyId();

        var response = await PutAsync(id, Body.Replace("boss@huairen.test", "boss@例子.中国", StringComparison.Ordinal));

        Assert.Equal(201, response.StatusCode);
        var profile = (await host.Services.GetRequiredService<AgencyStore>().GetAsync(id))!;
        Assert.Equal(["boss@xn--fsqu00a.xn--fiqs8s"], profile.Escalation);
    }

    [Fact]
    public async Task An_address_with_a_chinese_local_part_is_refused_naming_the_field()
    {
        var response = await PutAsync(TestSettings.NewAgencyId(), Body.Replace("clerk@huairen.test", "用户@例子.中国", StringComparison.Ordinal));

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("submitters[0]", response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_agency_gets_a_key_once_and_it_is_stored_hashed()
    {
        var id = TestSettings.NewAgencyId();
        var created = await PutAsync(id, Body);
        var updated = await PutAsync(id, Body);

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(200, updated.StatusCode);
        var key = ApiKey(created)!;
        Assert.Null(ApiKey(updated));
        var (profile, hash) = (await host.Services.GetRequiredService<AgencyStore>().FindAsync(id))!.Value;
        Assert.NotEqual(key, hash);
        Assert.True(AgencyKeys.Matches(key, hash));
        Assert.Equal(2, profile.ReviewStages.Count);
    }

    [Fact]
    public async Task Rotating_the_key_invalidates_the_old_one()
    {
        var id = TestSettings.NewAgencyId();
        var old = ApiKey(await PutAsync(id, Body))!;
        var rotated = ApiKey(await PutAsync(id, Body, query: "?rotateKey=true"))!;
        var (_, hash) = (await host.Services.GetRequiredService<AgencyStore>().FindAsync(id))!.Value;
        Assert.False(AgencyKeys.Matches(old, hash));
        Assert.True(AgencyKeys.Matches(rotated, hash));
    }

    [Theory]
    [InlineData("""{ "name": "x", "kind": "ministry", "submitters": ["a@b.test"], "reviewStages": [["c@d.test"]] }""")]
    [InlineData("""{ "name": "x", "kind": "department", "submitters": [], "reviewStages": [["c@d.test"]] }""")]
    [InlineData("""{ "name": "x", "kind": "department", "submitters": ["a@b.test"], "reviewStages": [] }""")]
    [InlineData("""{ "name": "x", "kind": "department", "submitters": ["a@b.test\r\nBcc: all@x.test"], "reviewStages": [["c@d.test"]] }""")]
    [InlineData("not json")]
    public async Task An_invalid_registration_is_a_bad_request(string body) =>
        Assert.Equal(400, (await PutAsync(TestSettings.NewAgencyId(), body)).StatusCode);

    [Fact]
    public async Task A_path_like_id_is_refused() => Assert.Equal(400, (await PutAsync("../x", Body)).StatusCode);

    [Fact]
    public async Task A_stage_given_as_an_object_keeps_its_rule_and_copies_beside_plain_list_stages()
    {
        var id = TestSettings.NewAgencyId();
        var body = """
            { "name": "怀仁市行政审批服务管理局", "kind": "department", "submitters": ["clerk@huairen.test"],
              "reviewStages": [["lead@huairen.test"],
                               { "reviewers": ["A@huairen.test", "b@huairen.test", "c@huairen.test"], "rule": "all", "cc": ["Office@huairen.test"] },
                               { "reviewers": ["x@huairen.test", "y@huairen.test", "z@huairen.test"], "rule": { "min": 2 } }] }
            """;

        Assert.Equal(201, (await PutAsync(id, body)).StatusCode);

        var stages = (await host.Services.GetRequiredService<AgencyStore>().GetAsync(id))!.Stages;
        Assert.Equal([StageRule.Any, StageRule.All, StageRule.AtLeast(2)], stages.Select(s => s.Rule));
        Assert.Equal(["a@huairen.test", "b@huairen.test", "c@huairen.test"], stages[1].Reviewers);
        Assert.Equal(["office@huairen.test"], stages[1].Cc);
        Assert.Empty(stages[2].Cc);
    }

    [Theory]
    [InlineData("""[{ "reviewers": ["a@b.test"], "rule": "most" }]""", "reviewStages[0]：rule 须为")]
    [InlineData("""[{ "reviewers": ["a@b.test", "c@b.test"], "rule": { "min": 3 } }]""", "reviewStages[0].rule 要求 3 位批准，但该级只有 2 位审核人")]
    [InlineData("""[{ "reviewers": ["clerk@b.test", "c@b.test"], "rule": { "min": 2 } }]""", "只有1位审核人可以批准（提交人不能批准）")]
    [InlineData("""[["clerk@b.test"]]""", "第1级审核人均为提交人")]
    [InlineData("""[{ "reviewers": ["a@b.test"], "cc": ["not an address"] }]""", "reviewStages[0].cc 中的电子邮件地址无效")]
    [InlineData("""[{ "rule": "all" }]""", "reviewStages[0]：reviewers 须为电子邮件地址的列表")]
    public async Task A_stage_whose_rule_cannot_be_met_is_refused_saying_why(string stages, string reason)
    {
        var response = await PutAsync(TestSettings.NewAgencyId(), $$"""{ "name": "x", "kind": "department", "submitters": ["clerk@b.test"], "reviewStages": {{stages}} }""");

        Assert.Equal(400, response.StatusCode);
        Assert.Contains(reason, response.Content, StringComparison.Ordinal);
    }
}
