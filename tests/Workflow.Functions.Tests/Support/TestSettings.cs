namespace Workflow.Functions.Tests.Support;

/// <summary>Configuration of the app under test: Azurite storage, test keys, timers long enough not to fire.</summary>
public static class TestSettings
{
    public const string AdminKey = "test-admin-key-0123456789";
    public const string ReviewLinkKey = "test-review-link-key-0123456789abcdef";

    public static Dictionary<string, string?> Defaults() => new()
    {
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["Workflow:ApiBaseUrl"] = "https://review.example.test",
        ["Workflow:AdminKey"] = AdminKey,
        ["Workflow:ReviewLinkKey"] = ReviewLinkKey,
        ["Workflow:ReminderInterval"] = "01:00:00",
        ["Workflow:EscalateAfter"] = "02:00:00",
        ["Workflow:UrgentReminderInterval"] = "01:00:00",
        ["SendGrid:ApiKey"] = "",
    };

    /// <summary>A fresh agency id per test, so that tests sharing storage never meet.</summary>
    public static string NewAgencyId() => $"t-{Guid.NewGuid():N}"[..18];
}
