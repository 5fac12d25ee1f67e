namespace Workflow.Functions.Tests.Support;

/// <summary>Tests that share one in-process durable host (starting one costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewTestHost>
{
    public const string Name = "review host";
}
