using System.Reflection;
using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// Runs a timer-triggered function on its six-field CRON schedule in UTC, as the Functions host does
/// (no WEBSITE_TIME_ZONE), by calling the function method with a <see cref="TimerInfo"/>.
/// </summary>
public sealed class TimerTriggerRunner(FunctionMethod function, IServiceProvider functionServices, TimeProvider clock, ILogger<TimerTriggerRunner> logger) : BackgroundService
{
    public static string? ScheduleOf(FunctionMethod function) =>
        function.Method.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).OfType<TimerTriggerAttribute>().FirstOrDefault()?.Schedule;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(ScheduleOf(function) ?? throw new InvalidOperationException($"{function} has no timer schedule."), CronFormat.IncludeSeconds);
        DateTime? last = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) is not { } next)
            {
                return;
            }
            logger.LogInformation("Timer {Function} next runs at {Next:u}.", function.Name, next);
            await Task.Delay(next - now, clock, stoppingToken);

            var info = new TimerInfo
            {
                IsPastDue = false,
                ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = schedule.GetNextOccurrence(next, TimeZoneInfo.Utc) ?? default, LastUpdated = next },
            };
            last = next;
            try
            {
                await using var scope = functionServices.CreateAsyncScope();
                var arguments = function.Method.GetParameters()
                    .Select(p => p.ParameterType == typeof(TimerInfo) ? info : p.ParameterType == typeof(CancellationToken) ? (object)stoppingToken : null)
                    .ToArray();
                await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, arguments);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The Functions host logs a failed timer run and keeps the schedule; so does this one.
                logger.LogError(e, "Timer function {Function} failed.", function.Name);
            }
        }
    }
}
