using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Workflow.Functions.Settings;

namespace Workflow.Functions.Publishing;

/// <summary>Checked when the app starts: the alert address, the poison threshold and a container name Storage accepts.</summary>
public sealed partial class PublishingOptionsValidation : IValidateOptions<PublishingOptions>
{
    public ValidateOptionsResult Validate(string? name, PublishingOptions options) => SettingRules.Result(
    [
        options.AlertEmail.Length == 0 ? null : SettingRules.MailAddress("Workflow:AlertEmail", options.AlertEmail),
        SettingRules.AtLeast("Workflow:PoisonThreshold", options.PoisonThreshold, 1),
        ContainerName().IsMatch(options.PublicContainer) ? null
            : $"Workflow:PublicContainer must be a blob container name (3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit), not '{options.PublicContainer}'.",
    ]);

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
