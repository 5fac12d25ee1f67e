using Workflow.Functions.Agencies;

namespace Workflow.Functions.Tests.Agencies;

public sealed class AgencyKeysTests
{
    [Fact]
    public void A_key_names_its_agency_and_is_stored_only_as_its_hash()
    {
        var key = AgencyKeys.Create("huairen-xzspj");
        var hash = AgencyKeys.Hash(key);
        Assert.Equal("huairen-xzspj", AgencyKeys.ClaimedAgencyId(key));
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(key[(key.IndexOf('.') + 1)..], hash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_matches_its_hash_and_another_key_does_not()
    {
        var key = AgencyKeys.Create("huairen-xzspj");
        var hash = AgencyKeys.Hash(key);
        Assert.True(AgencyKeys.Matches(key, hash));
        Assert.False(AgencyKeys.Matches(AgencyKeys.Create("huairen-xzspj"), hash));
        Assert.False(AgencyKeys.Matches(key, "not-a-hash"));
    }

    [Fact]
    public void Two_keys_of_one_agency_differ() =>
        Assert.NotEqual(AgencyKeys.Create("huairen-xzspj"), AgencyKeys.Create("huairen-xzspj"));

    [Fact]
    public void Secrets_compare_equal_only_when_equal()
    {
        Assert.True(AgencyKeys.SecretEquals("admin-secret", "admin-secret"));
        Assert.False(AgencyKeys.SecretEquals("admin-secret", "admin-secreT"));
        Assert.False(AgencyKeys.SecretEquals("", "admin-secret"));
    }
}
