using Microsoft.Extensions.Configuration;
using Workflow.LocalHost.Configuration;
using Workflow.LocalHost.Storage;

namespace Workflow.EndToEnd.Tests.Hosting;

public sealed class LocalConfigurationTests : IDisposable
{
    readonly LocalLayout layout = new(Directory.CreateTempSubdirectory("workflow-layout-").FullName);

    public void Dispose() => Directory.Delete(layout.RepositoryRoot, recursive: true);

    [Fact]
    public void Missing_keys_are_generated_once_and_kept_under_dot_local()
    {
        var first = Completed(new Dictionary<string, string?>());
        var second = Completed(new Dictionary<string, string?>());

        Assert.False(string.IsNullOrWhiteSpace(first[LocalConfiguration.AdminKey]));
        Assert.True(first[LocalConfiguration.ReviewLinkKey]!.Length >= 16);
        Assert.Equal(first[LocalConfiguration.AdminKey], second[LocalConfiguration.AdminKey]);
        Assert.Equal(first[LocalConfiguration.ReviewLinkKey], second[LocalConfiguration.ReviewLinkKey]);
        Assert.Equal(first[LocalConfiguration.AdminKey], File.ReadAllText(Path.Combine(layout.LocalDirectory, "admin-key.txt")));
    }

    [Fact]
    public void Configured_keys_are_left_alone()
    {
        var configuration = Completed(new Dictionary<string, string?> { [LocalConfiguration.AdminKey] = "configured-admin-key" });

        Assert.Equal("configured-admin-key", configuration[LocalConfiguration.AdminKey]);
        Assert.False(File.Exists(Path.Combine(layout.LocalDirectory, "admin-key.txt")));
    }

    [Fact]
    public void A_relative_outbox_is_taken_from_the_repository_root()
    {
        var configuration = Completed(new Dictionary<string, string?> { [LocalConfiguration.OutboxPath] = ".local/mail" });

        Assert.Equal(Path.Combine(layout.RepositoryRoot, ".local", "mail"), configuration[LocalConfiguration.OutboxPath]);
    }

    ConfigurationManager Completed(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings);
        LocalConfiguration.Complete(configuration, layout);
        return configuration;
    }
}
