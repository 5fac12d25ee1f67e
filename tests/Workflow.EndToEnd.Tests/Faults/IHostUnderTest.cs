using Azure.Data.Tables;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Faults;

/// <summary>What the final-state checks need of a running local host and its fake mail service.</summary>
public interface IHostUnderTest
{
    WorkflowApi Api { get; }

    FakeSendGrid SendGrid { get; }

    StoredBlobs Blobs { get; }

    /// <summary>What the host was started with (its public container among them).</summary>
    HostSettings Settings { get; }

    TableServiceClient Tables { get; }

    /// <summary>Runs a wait, adding the host's output to a timeout's message.</summary>
    Task<T> WithOutputAsync<T>(Func<Task<T>> wait);
}
