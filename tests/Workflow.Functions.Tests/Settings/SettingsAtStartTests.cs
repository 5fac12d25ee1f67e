using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Settings;

/// <summary>A wrong setting stops the app when it starts, with a message naming it, instead of failing the first request or mail.</summary>
public sealed class SettingsAtStartTests
{
    private static IHost Build(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = TestSettings.Defaults();
        configure?.Invoke(settings);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddWorkflow(builder.Configuration);
        return builder.Build();
    }

    [Theory]
    [InlineData("Workflow:ApiBaseUrl", "review.example.test")]
    [InlineData("Workflow:PublicReportsBaseUrl", "/devstoreaccount1/reports")]
    [InlineData("Workflow:ReviewLinkKey", "too-short")]
    [InlineData("Workflow:ReminderInterval", "00:00:00")]
    [InlineData("Workflow:MaxConcurrentReads", "0")]
    [InlineData("SendGrid:From", "no-reply")]
    [InlineData("SendGrid:Host", "api.sendgrid.com")]
    [InlineData("Workflow:AlertEmail", "ops@example.test, boss@example.test")]
    [InlineData("Workflow:PoisonThreshold", "0")]
    [InlineData("Workflow:PublicContainer", "Reports_2023")]
    public async Task A_wrong_setting_stops_the_start_naming_the_setting(string setting, string value)
    {
        using var host = Build(s => s[setting] = value);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(failure.Failures, f => f.StartsWith(setting + " must ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_review_link_key_that_is_too_short_is_named_but_not_shown()
    {
        using var host = Build(s => s["Workflow:ReviewLinkKey"] = "secret-part");

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.DoesNotContain("secret-part", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_settings_pass_the_checks_made_at_start()
    {
        using var host = Build();

        var validator = host.Services.GetRequiredService<IStartupValidator>();

        validator.Validate();
    }
}
