using Microsoft.Extensions.Options;

namespace Workflow.Functions.Settings;

/// <summary>Checked when the app starts: the sender address and the API base a mail needs.</summary>
public sealed class SendGridOptionsValidation : IValidateOptions<SendGridOptions>
{
    public ValidateOptionsResult Validate(string? name, SendGridOptions options) => SettingRules.Result(
    [
        SettingRules.MailAddress("SendGrid:From", options.From),
        SettingRules.HttpUrl("SendGrid:Host", options.Host),
    ]);
}
