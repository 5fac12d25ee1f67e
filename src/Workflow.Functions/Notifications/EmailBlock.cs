namespace Workflow.Functions.Notifications;

/// <summary>A piece of an email beyond its paragraphs (such as a table), in both parts; <see cref="Html"/> is already encoded.</summary>
public sealed record EmailBlock(string Text, string Html);
