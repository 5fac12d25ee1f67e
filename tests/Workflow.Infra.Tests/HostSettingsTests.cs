using System.Text.Json.Nodes;

namespace Workflow.Infra.Tests;

/// <summary>Durable on Flex Consumption: the settings the platform guidance asks for, read from the host.json that is deployed.</summary>
public sealed class HostSettingsTests
{
    private readonly JsonNode _storageProvider =
        JsonNode.Parse(File.ReadAllText(Repository.PathOf("host.json")))?["extensions"]?["durableTask"]?["storageProvider"]
        ?? throw new InvalidOperationException("host.json has no extensions.durableTask.storageProvider");

    [Fact]
    public void Task_hub_polls_its_queues_at_most_every_ten_seconds()
    {
        var interval = TimeSpan.Parse(_storageProvider["maxQueuePollingInterval"]!.GetValue<string>());

        Assert.InRange(interval, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Task_hub_has_a_single_partition()
    {
        Assert.Equal(1, _storageProvider["partitionCount"]!.GetValue<int>());
    }
}
