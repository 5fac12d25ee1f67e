using Microsoft.Extensions.Options;

namespace Workflow.Functions.Settings;

/// <summary>The shapes settings of more than one options class must have; messages name the setting, never a secret's value.</summary>
public static class SettingRules
{
    /// <param name="failures">One message per rule, null where the rule holds.</param>
    public static ValidateOptionsResult Result(IEnumerable<string?> failures) =>
        failures.OfType<string>().ToList() is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;

    public static string? HttpUrl(string setting, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : $"{setting} must be an absolute http or https URL, not '{value}'.";

    public static string? MailAddress(string setting, string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value.Trim()
            ? null
            : $"{setting} must be one mail address (name@example.gov.cn), not '{value}'.";

    public static string? Positive(string setting, TimeSpan value) =>
        value > TimeSpan.Zero ? null : $"{setting} must be a positive time span (d.hh:mm:ss), not {value}.";

    public static string? AtLeast(string setting, long value, long minimum) =>
        value >= minimum ? null : $"{setting} must be at least {minimum}, not {value}.";
}
