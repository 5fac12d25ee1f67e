using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.PublicStorage;

public sealed class PublicReportsContainerTests
{
    private static PublicReportsContainer Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddWorkflow(configuration).BuildServiceProvider()
            .GetRequiredService<PublicReportsContainer>();
    }

    [Fact]
    public void In_Azure_the_public_container_is_in_the_separate_public_account()
    {
        var container = Resolve(new()
        {
            ["AzureWebJobsStorage:accountName"] = "privateaccount",
            ["PublicStorage:blobServiceUri"] = "https://publicaccount.blob.core.windows.net",
        });

        Assert.Equal("publicaccount.blob.core.windows.net", container.Client.Uri.Host);
        Assert.Equal("reports", container.Client.Name);
    }

    [Fact]
    public void Without_a_public_account_setting_the_app_account_holds_the_public_container()
    {
        var container = Resolve(new() { ["AzureWebJobsStorage:accountName"] = "privateaccount" });

        Assert.Equal("privateaccount.blob.core.windows.net", container.Client.Uri.Host);
    }
}
