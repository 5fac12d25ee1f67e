namespace Workflow.Functions;

/// <summary>Settings of section "SendGrid". An empty <see cref="ApiKey"/> selects the local outbox.</summary>
public sealed class SendGridOptions
{
    public const string SectionName = "SendGrid";

    public string ApiKey { get; init; } = "";

    public string From { get; init; } = "no-reply@example.gov.cn";

    /// <summary>Base URL of the SendGrid API; tests point it at a local fake endpoint.</summary>
    public string Host { get; init; } = "https://api.sendgrid.com";
}
