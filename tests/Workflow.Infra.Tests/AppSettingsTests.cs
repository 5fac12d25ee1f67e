namespace Workflow.Infra.Tests;

public sealed class AppSettingsTests
{
    private readonly DeployedSettings _deployed = DeployedSettings.FromInfra();

    [Fact]
    public void Options_classes_of_the_function_app_are_discovered()
    {
        Assert.Contains("Workflow__ReviewLinkKey", CodeSettings.Names);
        Assert.Contains("SendGrid__ApiKey", CodeSettings.Names);
    }

    [Fact]
    public void Every_setting_the_code_reads_is_set_by_main_bicep()
    {
        var missing = CodeSettings.Names.Where(name => !_deployed.Contains(name)).ToList();

        Assert.True(missing.Count == 0,
            $"Settings read by Workflow.Functions but not set in infra/ (add them to infra/modules/app-settings.bicep): {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("SendGrid__ApiKey")]
    [InlineData("Workflow__AdminKey")]
    [InlineData("Workflow__ReviewLinkKey")]
    public void Secrets_are_key_vault_references(string name)
    {
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=", _deployed.ValueOf(name), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_storage_is_reached_with_the_app_identity()
    {
        Assert.True(_deployed.Contains("AzureWebJobsStorage__accountName"));
        Assert.DoesNotContain("AzureWebJobsStorage", _deployed.Names);
    }

    [Theory]
    // Flex Consumption rejects or ignores these: the runtime comes from functionAppConfig, the package from its container.
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("SCM_DO_BUILD_DURING_DEPLOYMENT")]
    [InlineData("WEBSITE_TIME_ZONE")]
    public void Settings_unsupported_on_flex_consumption_are_not_set(string name)
    {
        Assert.DoesNotContain(name, _deployed.Names);
    }
}
