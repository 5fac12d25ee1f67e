using Microsoft.Extensions.Options;
using Workflow.Functions.Review;

namespace Workflow.Functions.Settings;

/// <summary>Checked when the app starts (ValidateOnStart), so that a wrong setting stops it there rather than at the first request or mail.</summary>
public sealed class WorkflowOptionsValidation : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        string?[] failures =
        [
            SettingRules.HttpUrl("Workflow:ApiBaseUrl", options.ApiBaseUrl),
            SettingRules.HttpUrl("Workflow:PublicReportsBaseUrl", options.PublicReportsBaseUrl),
            options.ReviewLinkKey.Length >= ReviewLinkSigner.MinimumKeyLength ? null
                : $"Workflow:ReviewLinkKey must be set, at least {ReviewLinkSigner.MinimumKeyLength} characters (it has {options.ReviewLinkKey.Length}).",
            SettingRules.Positive("Workflow:ReminderInterval", options.ReminderInterval),
            SettingRules.Positive("Workflow:EscalateAfter", options.EscalateAfter),
            SettingRules.Positive("Workflow:UrgentReminderInterval", options.UrgentReminderInterval),
            options.UrgentWindow >= TimeSpan.Zero ? null : $"Workflow:UrgentWindow must not be negative, not {options.UrgentWindow}.",
            SettingRules.Positive("Workflow:ReviewLinkLifetime", options.ReviewLinkLifetime),
            SettingRules.Positive("Workflow:ActivityRetryInterval", options.ActivityRetryInterval),
            SettingRules.AtLeast("Workflow:MaxConcurrentReads", options.MaxConcurrentReads, 1),
            options.ReadQueueTimeout >= TimeSpan.Zero ? null : $"Workflow:ReadQueueTimeout must not be negative, not {options.ReadQueueTimeout}.",
            SettingRules.AtLeast("Workflow:MaxUploadBytes", options.MaxUploadBytes, 1),
        ];
        return SettingRules.Result(failures);
    }
}
